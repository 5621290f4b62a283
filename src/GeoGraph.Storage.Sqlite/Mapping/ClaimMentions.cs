using GeoGraph.Core.Model;

namespace GeoGraph.Storage.Sqlite.Mapping;

/// <summary>The entities a claim mentions, as the claim_mentions table keeps them (see migration 002).</summary>
internal static class ClaimMentions
{
    public static IEnumerable<EntityId> Of(Claim claim)
    {
        var mentioned = new HashSet<EntityId>();
        if (claim.Speaker is { } speaker)
            mentioned.Add(speaker);
        mentioned.UnionWith(claim.About);
        mentioned.UnionWith(claim.Places);
        // A negated claim's relations are not stored, so they mention nothing; its denials do.
        var relations = claim.Negated ? [] : claim.Relations;
        foreach (var relation in relations.Concat(claim.Denied ?? []))
        {
            mentioned.Add(relation.From);
            mentioned.Add(relation.To);
        }
        return mentioned;
    }
}
