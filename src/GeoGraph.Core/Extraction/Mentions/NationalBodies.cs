using System.Collections.Frozen;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Mentions;

/// <summary>
/// Finds a country's own bodies named through its demonym or name: "Afghan security forces",
/// "Nigerian army", "U.S. troops", "Pakistan's government". One entity per country and kind of body,
/// so "Afghan forces" later in the article is the same as "Afghan security forces".
/// </summary>
internal static class NationalBodies
{
    private static readonly FrozenSet<string> Modifiers = new[]
    {
        "security", "armed", "military", "special", "government", "national", "defence", "defense", "federal",
        "local", "regular", "state", "allied", "pro-government", "elite", "border", "ground", "naval", "air",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, (string Kind, string Category)> Heads =
        new Dictionary<string, (string, string)>(StringComparer.Ordinal)
        {
            ["forces"] = ("forces", "state security forces"),
            ["troops"] = ("forces", "state security forces"),
            ["soldiers"] = ("forces", "state security forces"),
            ["army"] = ("army", "military force"),
            ["military"] = ("army", "military force"),
            ["police"] = ("police", "police"),
            ["navy"] = ("navy", "military force"),
            ["government"] = ("government", "government"),
            ["authorities"] = ("government", "government"),
            ["administration"] = ("government", "government"),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static void Run(ArticleContext context)
    {
        var byKind = new Dictionary<(string Iso, string Kind), EntityDraft>();
        foreach (var mention in context.Mentions.ToList())
        {
            if (mention.Entity is not { Kind: EntityKind.Country } country)
                continue;
            var end = context.SentenceOf(mention.FirstToken).EndToken;
            var i = mention.EndToken;
            if (mention.Form == MentionForm.Name && i + 1 < end && context.Tokens[i].Is('\'') && context.IsWord(i + 1, "s"))
                i += 2;
            while (i < end && context.IsAnyWord(i, Modifiers) && !context.Covered(i, i + 1))
                i++;
            if (i >= end || !context.Tokens[i].IsWordLike || !Heads.TryGetValue(context.Tokens[i].Key, out var head))
                continue;
            if (head.Kind == "army" && context.Tokens[i].Key == "military" && i + 1 < end && context.Tokens[i + 1].IsWordLike
                && context.Tokens[i + 1].Case == Tokens.TokenCase.Lower && context.Tokens[i + 1].Key is not ("said" or "says"))
                continue;
            var surface = context.Text(mention.FirstToken, i + 1);
            var iso = country.IsoCode!;
            if (!byKind.TryGetValue((iso, head.Kind), out var body))
            {
                body = context.Entities.Named(EntityKind.Organisation, surface);
                body.Category ??= head.Category;
                body.CountryIso ??= iso;
                byKind[(iso, head.Kind)] = body;
            }
            body.AddAlias(surface);
            if (head.Kind == "forces")
            {
                var demonym = mention.Form == MentionForm.Demonym ? context.Text(mention.FirstToken, mention.EndToken) : null;
                if (demonym is not null)
                    body.AddAlias($"{demonym} forces");
                body.AddAlias($"{country.Name} forces");
            }
            context.Add(new Mention(mention.FirstToken, i + 1, body, MentionForm.Name));
        }
    }
}
