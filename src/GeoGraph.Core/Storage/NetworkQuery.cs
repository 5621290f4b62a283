using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage;

/// <summary>A neighbourhood around one entity.</summary>
/// <param name="Depth">How many relation hops from the centre (1…<see cref="MaxDepth"/>).</param>
/// <param name="MaxNodes">Stops growing the subgraph past this many nodes and marks it truncated.</param>
public sealed record NetworkQuery(EntityId Centre, int Depth = 1, int MaxNodes = 500)
{
    /// <summary>The deepest neighbourhood anyone may ask for.</summary>
    public const int MaxDepth = 3;

    /// <summary>Throws <see cref="InvalidQueryException"/> when the depth or node bound is out of range.</summary>
    public NetworkQuery Validated()
    {
        if (Depth is < 1 or > MaxDepth)
            throw new InvalidQueryException("DEPTH", $"depth must be between 1 and {MaxDepth}; got {Depth}.");
        if (MaxNodes is < 1 or > 5000)
            throw new InvalidQueryException("MAX_NODES", $"maxNodes must be between 1 and 5000; got {MaxNodes}.");
        return this;
    }
}
