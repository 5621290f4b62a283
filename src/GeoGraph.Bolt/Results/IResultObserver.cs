namespace GeoGraph.Bolt.Results;

/// <summary>Told when a result stream ends, so its transaction (or the bookmark store) can follow.</summary>
internal interface IResultObserver
{
    void OnCompleted(ResultSummary summary);

    void OnFailed(Exception error);
}
