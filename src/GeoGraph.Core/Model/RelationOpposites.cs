namespace GeoGraph.Core.Model;

/// <summary>
/// Which relation types contradict each other for the same pair of entities. The table is data every store
/// reads, so that contradictions mean the same in SQLite and Neo4j. A relation is also contradicted by a
/// claim denying it (<see cref="Claim.Denied"/>); for a symmetric type (<see cref="RelationTypes.IsSymmetric"/>)
/// the denial may name the pair in either order.
/// </summary>
public static class RelationOpposites
{
    /// <summary>
    /// The opposite pairs: contact vs cutting ties, alliance vs cutting ties, alliance vs attack,
    /// support vs attack. Each pair is listed once, in the order contradictions report it.
    /// </summary>
    public static IReadOnlyList<RelationOpposite> All { get; } =
    [
        new(RelationType.InContactWith, RelationType.CutTiesWith),
        new(RelationType.AlliedWith, RelationType.CutTiesWith),
        new(RelationType.AlliedWith, RelationType.Attacks),
        new(RelationType.Supports, RelationType.Attacks),
    ];

    /// <summary>The opposite pair that sets <paramref name="first"/> against <paramref name="second"/> (in that order), if any.</summary>
    public static RelationOpposite? Between(RelationType first, RelationType second)
    {
        foreach (var pair in All)
        {
            if (pair.Type == first && pair.Opposite == second)
                return pair;
        }
        return null;
    }

    /// <summary>
    /// Whether a claim denying <paramref name="denied"/> contradicts a claim asserting <paramref name="asserted"/>:
    /// same type and same pair, in either order when the type is symmetric.
    /// </summary>
    public static bool Denies(RelationAssertion denied, RelationAssertion asserted) =>
        denied.Type == asserted.Type
        && (denied.From == asserted.From && denied.To == asserted.To
            || denied.Type.IsSymmetric() && denied.From == asserted.To && denied.To == asserted.From);
}
