using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Mentions;

/// <summary>
/// Gangs and cartels named with a Spanish or Portuguese plural article ("Los Zetas", "Os Manos"): the name is a
/// group when a word for a gang or its people follows it ("the Los Rastrojos faction", "Los Zetas boss …"), or when
/// it stands in a list with such a name or with "and other gangs" after it. Without that word "Los Angeles" stays a
/// place.
/// </summary>
internal static class ArticledGroupNames
{
    private static readonly WordSet Articles = ["los", "las", "os", "as"];

    private static readonly WordSet GangWords =
    [
        "gang", "gangs", "cartel", "cartels", "faction", "factions", "group", "groups", "boss", "bosses", "leader", "leaders",
        "chief", "kingpin", "founder", "members", "member", "militia", "cell", "cells", "hitmen", "gunmen", "organisation",
        "organization", "organisations", "organizations",
    ];

    public static void Run(ArticleContext context)
    {
        // The names of one list; every list is cleared where it ends, so one serves all sentences.
        var list = new List<(int Start, int End)>();
        foreach (var s in context.Sentences)
        {
            var i = s.FirstToken;
            while (i < s.EndToken)
            {
                var end = NameEnd(context, i, s.EndToken);
                if (end < 0)
                {
                    i++;
                    continue;
                }
                list.Add((i, end));
                var next = AfterJoiner(context, end, s.EndToken);
                if (next < s.EndToken && NameEnd(context, next, s.EndToken) > 0)
                {
                    i = next;
                    continue;
                }
                if (list.Any(n => context.IsAnyWord(n.End, GangWords)) || ListClosedByGangWord(context, end, s.EndToken))
                    list.ForEach(n => Add(context, n.Start, n.End));
                list.Clear();
                i = end;
            }
        }
    }

    // "Los" or "Las" with one to three capitalised words that no other pass has claimed: the end of the name, or -1.
    private static int NameEnd(ArticleContext context, int i, int sentenceEnd)
    {
        var t = context.Tokens[i];
        // "THE FACTS AS REPORTED": a heading in capitals is no name.
        if (t.Kind != TokenKind.Word || t.Case != TokenCase.Capitalised || !Articles.Contains(t, context.Gazetteer.Words) || context.MentionAt(i) is not null)
            return -1;
        var end = i + 1;
        while (end < sentenceEnd && end < i + 4 && context.Tokens[end].Kind == TokenKind.Word && context.Tokens[end].IsCapitalised
               && context.MentionAt(end) is null && !Words.NotNames.Contains(context.Tokens[end], context.Gazetteer.Words))
            end++;
        return end > i + 1 ? end : -1;
    }

    // The token after ", " or " and " (or ", and ") that joins two names of a list, or the sentence end.
    private static int AfterJoiner(ArticleContext context, int end, int sentenceEnd)
    {
        var i = end;
        if (i < sentenceEnd && context.Tokens[i].Is(','))
            i++;
        if (context.IsWord(i, "and") || context.IsWord(i, "or"))
            i++;
        return i > end ? i : sentenceEnd;
    }

    // "Los Zetas, Los Rastrojos and the other groups": the list ends on a gang word within a few words.
    private static bool ListClosedByGangWord(ArticleContext context, int end, int sentenceEnd)
    {
        for (var i = end; i < sentenceEnd && i < end + 5; i++)
        {
            var t = context.Tokens[i];
            if (t.IsWordLike && GangWords.Contains(t, context.Gazetteer.Words))
                return true;
            if (!(t.Is(',') || t.IsWordLike && t.Key is "and" or "or" or "the" or "other" or "rival" or "criminal" or "armed" or "two" or "three"))
                return false;
        }
        return false;
    }

    private static void Add(ArticleContext context, int start, int end)
    {
        if (context.Covered(start, end))
            return;
        var name = context.Text(start, end);
        var draft = context.Entities.Find(name) ?? context.Entities.Named(EntityKind.Group, name);
        draft.Category ??= "criminal group";
        context.Add(new Mention(start, end, draft, MentionForm.Name));
    }
}
