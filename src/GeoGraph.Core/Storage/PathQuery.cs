using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage;

/// <summary>
/// The shortest chains of relations linking two entities, each relation walked in either direction. The
/// filters mean what they mean for <see cref="NetworkQuery"/>: only relations passing them are walked.
/// </summary>
/// <param name="MaxHops">The longest path worth finding (1…<see cref="HopLimit"/>); longer links count as none.</param>
/// <param name="MaxPaths">How many of the shortest paths to return at most (1…<see cref="PathLimit"/>).</param>
public sealed record PathQuery(
    EntityId From,
    EntityId To,
    int MaxHops = PathQuery.HopLimit,
    int MaxPaths = PathQuery.PathLimit,
    IReadOnlyList<RelationType>? Types = null,
    DateTimeOffset? Since = null,
    DateTimeOffset? Until = null,
    int MinClaims = 1,
    bool IncludeHedged = true)
{
    /// <summary>The most hops anyone may ask for.</summary>
    public const int HopLimit = 4;

    /// <summary>The most paths anyone may ask for.</summary>
    public const int PathLimit = 10;

    /// <summary>Throws <see cref="InvalidQueryException"/> when a bound or filter is out of range.</summary>
    public PathQuery Validated()
    {
        if (MaxHops is < 1 or > HopLimit)
            throw new InvalidQueryException("MAX_HOPS", $"maxHops must be between 1 and {HopLimit}; got {MaxHops}.");
        if (MaxPaths is < 1 or > PathLimit)
            throw new InvalidQueryException("MAX_PATHS", $"maxPaths must be between 1 and {PathLimit}; got {MaxPaths}.");
        QueryChecks.TimeWindow(Since, Until);
        QueryChecks.MinClaims(MinClaims, 1);
        QueryChecks.Types(Types);
        return this;
    }
}
