using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage.Rules;

/// <summary>Which relations count as best supported, the order relation lists and bounded subgraphs keep.</summary>
public static class RelationStrength
{
    /// <summary>Most claims first, then by <see cref="RelationKeyOrder"/>.</summary>
    public static IOrderedEnumerable<Relation> StrongestFirst(this IEnumerable<Relation> relations)
    {
        ArgumentNullException.ThrowIfNull(relations);
        return relations.OrderByDescending(r => r.ClaimCount).ThenBy(r => r.Key, RelationKeyOrder.Instance);
    }
}
