namespace GeoGraph.Core.Model;

/// <summary>
/// Two relation types that cannot both hold for the same pair at once: a claim asserting
/// <see cref="Type"/> and a claim asserting <see cref="Opposite"/> contradict each other.
/// </summary>
/// <param name="Type">The type listed first; contradictions name the claim asserting it first.</param>
/// <param name="Opposite">The type that contradicts it.</param>
public readonly record struct RelationOpposite(RelationType Type, RelationType Opposite)
{
    /// <summary>
    /// Whether the pair must be named in the same order by both claims. Only when both types are directed:
    /// once either reads both ways (an alliance), the other claim's direction no longer matters.
    /// </summary>
    public bool SameDirectionOnly => !Type.IsSymmetric() && !Opposite.IsSymmetric();

    /// <summary>Whether a relation of this pair's <see cref="Type"/> and one of its <see cref="Opposite"/> concern the same pair.</summary>
    public bool ConcernSamePair(RelationAssertion first, RelationAssertion second) =>
        first.From == second.From && first.To == second.To
        || !SameDirectionOnly && first.From == second.To && first.To == second.From;
}
