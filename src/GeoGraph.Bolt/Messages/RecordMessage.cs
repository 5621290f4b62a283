namespace GeoGraph.Bolt.Messages;

/// <summary>RECORD <c>71</c>: one row, values in the order of the RUN's <c>fields</c>.</summary>
internal sealed record RecordMessage(object?[] Values) : IResponseMessage
{
    public string Name => "RECORD";

    public bool IsSummary => false;
}
