namespace GeoGraph.Core.Storage;

/// <summary>
/// Orders of relation lists, over the aggregates the query sees (within its time window when it has one).
/// Ties are broken by from id, type name and to id, compared ordinally.
/// </summary>
public enum RelationSort
{
    /// <summary>Most supporting claims first.</summary>
    ClaimCount,

    /// <summary>Most recently reported first (latest evidence).</summary>
    LastReported,

    /// <summary>Earliest first reported first.</summary>
    FirstReported,
}
