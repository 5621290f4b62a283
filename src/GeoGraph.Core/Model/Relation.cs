namespace GeoGraph.Core.Model;

/// <summary>A relation aggregated over every claim that asserts it.</summary>
/// <param name="ClaimCount">How many claims assert it; never zero.</param>
/// <param name="HedgedCount">How many of those claims are hedged.</param>
public sealed record Relation(
    EntityId From,
    RelationType Type,
    EntityId To,
    int ClaimCount,
    int HedgedCount,
    DateTimeOffset FirstReported,
    DateTimeOffset LastReported)
{
    /// <summary>The identity of the relation, without its aggregates.</summary>
    public RelationKey Key => new(From, Type, To);
}
