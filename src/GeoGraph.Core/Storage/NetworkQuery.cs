using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage;

/// <summary>
/// A neighbourhood around one entity, grown level by level over the relations that pass the filters, in
/// either direction. Only those relations are traversed and returned; with a time window their aggregates
/// (claim count, hedged count, first and last reported) are computed over the evidence reported in it.
/// At each level the neighbours reached by the strongest relation come first (claim count, then id),
/// so a node bound keeps the best-supported ones.
/// </summary>
/// <param name="Depth">How many relation hops from the centre (1…<see cref="MaxDepth"/>).</param>
/// <param name="MaxNodes">Stops growing the subgraph past this many nodes and marks it truncated.</param>
/// <param name="MaxEdges">Keeps at most this many relations between the nodes, the best supported ones (claim count,
/// then relation key), and marks the subgraph truncated when more exist; bounds what a dense neighbourhood sends.</param>
/// <param name="Types">Only relations of these types.</param>
/// <param name="Since">Only evidence reported at or after this time.</param>
/// <param name="Until">Only evidence reported at or before this time.</param>
/// <param name="MinClaims">Only relations with at least this many claims (in the window).</param>
/// <param name="IncludeHedged">False leaves out relations whose every claim (in the window) is hedged.</param>
public sealed record NetworkQuery(
    EntityId Centre,
    int Depth = 1,
    int MaxNodes = 500,
    IReadOnlyList<RelationType>? Types = null,
    DateTimeOffset? Since = null,
    DateTimeOffset? Until = null,
    int MinClaims = 1,
    bool IncludeHedged = true,
    int MaxEdges = 2000)
{
    /// <summary>The deepest neighbourhood anyone may ask for.</summary>
    public const int MaxDepth = 3;

    /// <summary>The largest node bound anyone may ask for.</summary>
    public const int NodeLimit = 5000;

    /// <summary>The largest edge bound anyone may ask for.</summary>
    public const int EdgeLimit = 20_000;

    /// <summary>Throws <see cref="InvalidQueryException"/> when the depth, node bound or a filter is out of range.</summary>
    public NetworkQuery Validated()
    {
        if (Depth is < 1 or > MaxDepth)
            throw new InvalidQueryException("DEPTH", $"depth must be between 1 and {MaxDepth}; got {Depth}.");
        if (MaxNodes is < 1 or > NodeLimit)
            throw new InvalidQueryException("MAX_NODES", $"maxNodes must be between 1 and {NodeLimit}; got {MaxNodes}.");
        if (MaxEdges is < 0 or > EdgeLimit)
            throw new InvalidQueryException("MAX_EDGES", $"maxEdges must be between 0 and {EdgeLimit}; got {MaxEdges}.");
        QueryChecks.TimeWindow(Since, Until);
        QueryChecks.MinClaims(MinClaims, 1);
        QueryChecks.Types(Types);
        return this;
    }
}
