using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage.Rules;

/// <summary>
/// How a merge re-keys the relations that named the merged entity: each end that was the merged entity becomes
/// the kept one, and a relation that would then link the kept entity to itself is dropped.
/// </summary>
/// <param name="Live">The re-keyed relations that survive, each once.</param>
/// <param name="SelfRelations">The re-keyed relations dropped for linking the kept entity to itself, each once.</param>
/// <param name="Recomputed">Every key whose aggregate changes: the old keys, then the live ones, each once.</param>
public sealed record MergedRelationKeys(IReadOnlyList<RelationKey> Live, IReadOnlyList<RelationKey> SelfRelations, IReadOnlyList<RelationKey> Recomputed)
{
    /// <summary>The keys after merging <paramref name="merge"/> into <paramref name="keep"/>, from the keys naming the merged entity.</summary>
    public static MergedRelationKeys Of(IEnumerable<RelationKey> oldKeys, EntityId keep, EntityId merge)
    {
        ArgumentNullException.ThrowIfNull(oldKeys);
        var old = oldKeys.ToList();
        var moved = old.Select(k => new RelationKey(k.From == merge ? keep : k.From, k.Type, k.To == merge ? keep : k.To)).ToList();
        var live = moved.Where(k => k.From != k.To).Distinct().ToList();
        return new(live, [.. moved.Where(k => k.From == k.To).Distinct()], [.. old.Concat(live).Distinct()]);
    }
}
