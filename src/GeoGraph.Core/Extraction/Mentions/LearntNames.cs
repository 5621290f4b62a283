using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Mentions;

/// <summary>
/// Links the names an article introduced itself (an unlisted ministry, a defined acronym, an official's
/// surname) wherever else they appear in it.
/// </summary>
internal static class LearntNames
{
    public static void Run(ArticleContext context)
    {
        var trie = new TokenTrie<EntityDraft>();
        foreach (var (alias, draft) in context.Entities.Learnt)
            trie.Add(alias, draft, caseSensitive: true);
        foreach (var draft in context.Entities.All)
        {
            if (GivenNameUse(context, draft) is { } given)
                trie.Add(given, draft, caseSensitive: true);
            // A name dropped as no entity ("hijacked the Jaffar Express") is not linked again.
            if (draft.Entry is not null || draft.Dropped)
                continue;
            trie.Add(draft.Name, draft, caseSensitive: true);
            if (draft.Kind == EntityKind.Official && draft.Name.Split(' ') is { Length: > 1 } parts)
            {
                trie.Add(parts[^1], draft, caseSensitive: true);
                // "al-Maliki" opens a sentence as "Al-Maliki".
                if (char.IsLower(parts[^1][0]))
                    trie.Add(char.ToUpperInvariant(parts[^1][0]) + parts[^1][1..], draft, caseSensitive: true);
            }
        }
        if (trie.Count == 0)
            return;
        Link(context, trie);
    }

    // Ethiopians and Eritreans are called by their own, given name ("Abiy" for Abiy Ahmed, "Getachew" for Getachew
    // Reda): the first name of an official of either country, when no other person the article names shares it.
    private static readonly HashSet<string> GivenNameCountries = new(StringComparer.Ordinal) { "ET", "ER" };

    private static string? GivenNameUse(ArticleContext context, EntityDraft draft)
    {
        if (draft.Kind != EntityKind.Official || !draft.Named || draft.Dropped)
            return null;
        var country = draft.Entry?.Country ?? draft.CountryIso ?? draft.Organisation?.CountryIso ?? draft.Organisation?.IsoCode;
        if (country is null || !GivenNameCountries.Contains(country) || draft.Name.Split(' ') is not { Length: > 1 } parts || parts[0].Length < 3)
            return null;
        var shared = context.Entities.All.Count(e => e.Kind == EntityKind.Official && e.Named && e.Name.StartsWith(parts[0] + " ", StringComparison.Ordinal));
        return shared == 1 ? parts[0] : null;
    }

    private static void Link(ArticleContext context, TokenTrie<EntityDraft> trie)
    {
        foreach (var s in context.Sentences)
        {
            var i = s.FirstToken;
            while (i < s.EndToken)
            {
                if (context.MentionAt(i) is { } m)
                {
                    i = m.EndToken;
                    continue;
                }
                var match = trie.Match(context.Tokens, i, s.EndToken);
                if (match is null || context.Covered(match.Start, match.End))
                {
                    i++;
                    continue;
                }
                context.Add(new Mention(match.Start, match.End, match.Values[0], MentionForm.Name));
                i = match.End;
            }
        }
    }
}
