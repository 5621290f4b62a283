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
