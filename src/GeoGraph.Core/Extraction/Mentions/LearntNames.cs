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
        foreach (var draft in context.Entities.All)
        {
            if (draft.Entry is not null && draft.Kind != EntityKind.Official)
            {
                foreach (var alias in draft.Aliases.Where(a => !draft.Entry.Aliases.Contains(a, StringComparer.OrdinalIgnoreCase)))
                    trie.Add(alias, draft, caseSensitive: true);
                continue;
            }
            trie.Add(draft.Name, draft, caseSensitive: true);
            foreach (var alias in draft.Aliases)
                trie.Add(alias, draft, caseSensitive: true);
            if (draft.Kind == EntityKind.Official && draft.Name.Split(' ') is { Length: > 1 } parts)
                trie.Add(parts[^1], draft, caseSensitive: true);
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
