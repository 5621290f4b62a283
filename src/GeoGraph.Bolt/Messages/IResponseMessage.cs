namespace GeoGraph.Bolt.Messages;

/// <summary>A message the server sends: RECORD (detail) or SUCCESS, FAILURE, IGNORED (summaries).</summary>
internal interface IResponseMessage
{
    /// <summary>The spec's name, for diagnostics.</summary>
    string Name { get; }

    /// <summary>True for SUCCESS, FAILURE and IGNORED, which close a request.</summary>
    bool IsSummary => true;
}
