using GeoGraph.Api.GraphQL.Arguments;
using GeoGraph.Core;
using GeoGraph.Core.Model;

namespace GeoGraph.Api.Subscriptions;

/// <summary>The claim filter applied in memory to new claims, with the same meaning as the claims query's filter.</summary>
internal static class ClaimEventFilter
{
    public static bool Matches(ClaimFilter? filter, ClaimAddedEvent added)
    {
        if (filter is null)
            return true;
        var claim = added.Claim;
        return (filter.Speaker is null || SpeakerMatches(filter.Speaker, claim, added.Entities))
            && (filter.About is null || claim.About.Any(id => Named(filter.About, id, added.Entities)))
            && (filter.Place is null || claim.Places.Any(id => Named(filter.Place, id, added.Entities) || CountryOf(id, added.Entities) is { } country && Named(filter.Place, country, added.Entities)))
            && (filter.ArticleId is null || claim.Article.Value == filter.ArticleId)
            && (filter.Form is null || claim.Form == filter.Form)
            && (filter.Hedged is null || claim.Hedged == filter.Hedged)
            && (filter.Text is null || AllWords(filter.Text, claim.Text));
    }

    private static bool SpeakerMatches(string speaker, Claim claim, IReadOnlyDictionary<EntityId, Entity> entities) =>
        claim.Speaker is { } id
        && (Named(speaker, id, entities)
            || entities.GetValueOrDefault(id) is Official { Organisation: { } organisation } && Named(speaker, organisation, entities));

    private static EntityId? CountryOf(EntityId id, IReadOnlyDictionary<EntityId, Entity> entities) =>
        entities.GetValueOrDefault(id) is Province province ? province.Country : null;

    private static bool Named(string name, EntityId id, IReadOnlyDictionary<EntityId, Entity> entities)
    {
        var key = Fold.NameKey(name);
        return entities.GetValueOrDefault(id) is { } entity
            && (Fold.NameKey(entity.Name) == key || entity.Aliases.Any(a => Fold.NameKey(a) == key) || entity.Id.Value == name);
    }

    private static bool AllWords(string words, string text)
    {
        var folded = Fold.ToAscii(text);
        return words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .All(w => folded.Contains(Fold.ToAscii(w), StringComparison.OrdinalIgnoreCase));
    }
}
