using GeoGraph.Core.Extraction.Gazetteers;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Mentions;

/// <summary>
/// Finds the listed names of each sentence, longest first. Countries win over same-named provinces;
/// a province needs its country named in the article or a type word ("Kunar province"), and a province
/// whose name is an everyday word needs the type word.
/// </summary>
internal static class GazetteerPass
{
    public static void Run(ArticleContext context)
    {
        var matches = new List<TrieMatch<NameHit>>();
        foreach (var s in context.Sentences)
        {
            var i = s.FirstToken;
            while (i < s.EndToken)
            {
                var match = context.Gazetteer.Names.Match(context.Tokens, i, s.EndToken);
                if (match is null || PartOfLongerName(context, match))
                {
                    if (TypedProvince(context, i, s.EndToken) is { } typed)
                    {
                        context.Add(typed);
                        i = typed.EndToken;
                        continue;
                    }
                    i++;
                    continue;
                }
                matches.Add(match);
                i = match.End;
            }
        }

        var countries = matches.SelectMany(m => m.Values)
            .Where(h => h.Entry.Kind == EntityKind.Country)
            .Select(h => h.Entry.IsoCode!)
            .ToHashSet(StringComparer.Ordinal);

        foreach (var match in matches)
            Take(context, match, countries);
    }

    private static void Take(ArticleContext context, TrieMatch<NameHit> match, HashSet<string> countries)
    {
        var hits = match.Values;
        var typeWordAt = TypeWordAfter(context, match.End);
        var actor = hits.FirstOrDefault(h => h.Entry.Kind is EntityKind.Group or EntityKind.Organisation);
        if (actor.Entry is not null)
        {
            context.Add(new Mention(match.Start, match.End, context.Entities.Of(actor.Entry), MentionForm.Name));
            return;
        }

        var provinces = hits.Where(h => h.Entry.Kind == EntityKind.Province).Select(h => h.Entry).ToList();
        var country = hits.FirstOrDefault(h => h.Entry.Kind == EntityKind.Country);
        var typeWordNext = typeWordAt == match.End;
        if (country.Entry is not null && !(typeWordNext && provinces.Count > 0))
        {
            var form = country.Role == NameRole.Demonym ? MentionForm.Demonym : MentionForm.Name;
            context.Add(new Mention(match.Start, match.End, context.Entities.Of(country.Entry), form));
            return;
        }

        var typedName = Words.SubdivisionTypes.Contains(context.Tokens[match.End - 1].Key);
        var province = ChooseProvince(provinces, countries, typeWordAt >= 0 || typedName);
        if (province is null)
            return;
        var end = typeWordNext ? match.End + 1 : match.End;
        var draft = context.Entities.Of(province);
        draft.AddAlias(context.Text(match.Start, match.End));
        context.Add(new Mention(match.Start, end, draft, MentionForm.Name));
    }

    private static GazetteerEntry? ChooseProvince(List<GazetteerEntry> provinces, HashSet<string> countries, bool typed)
    {
        var candidates = provinces.Where(p => typed || (p.Flags & EntryFlags.CommonWord) == 0).ToList();
        var inNamedCountry = candidates.FirstOrDefault(p => countries.Contains(p.Country!));
        if (inNamedCountry is not null)
            return inNamedCountry;
        return typed && candidates.Select(p => p.Country).Distinct().Count() == 1 ? candidates[0] : null;
    }

    // "White House Rose Garden": a listed organisation name inside a longer proper name is not a mention.
    private static bool PartOfLongerName(ArticleContext context, TrieMatch<NameHit> match)
    {
        if (!match.Values.All(h => h.Entry.Kind is EntityKind.Organisation or EntityKind.Group) || match.End >= context.Tokens.Count)
            return false;
        var next = context.Tokens[match.End];
        if (next.Kind != TokenKind.Word || next.Case != TokenCase.Capitalised || context.SentenceOf(match.End).FirstToken == match.End)
            return false;
        if (Words.NotNames.Contains(next.Key) || context.Gazetteer.Titles.Match(context.Tokens, match.End, match.End + 4 <= context.Tokens.Count ? match.End + 4 : context.Tokens.Count) is not null)
            return false;
        return context.Gazetteer.Names.Match(context.Tokens, match.End, context.Tokens.Count) is null
               && !Words.SubdivisionTypes.Contains(next.Key) && next.Key is not ("forces" or "force" or "fighters" or "militants" or "members" or "leader" or "leaders" or "commander" or "commanders");
    }

    // "the Nabatieh and South governorates": a capitalised word and a type word that make a listed name.
    private static Mention? TypedProvince(ArticleContext context, int i, int end)
    {
        var t = context.Tokens[i];
        if (t.Kind != TokenKind.Word || !t.IsCapitalised || i + 1 >= end || !context.Tokens[i + 1].IsWordLike)
            return null;
        var type = context.Tokens[i + 1].Key;
        if (!Words.SubdivisionTypes.Contains(type))
            return null;
        var singular = type.EndsWith('s') && type != "emirates" ? type[..^1] : type;
        if (!context.Gazetteer.ProvincesByTypedName.TryGetValue($"{t.Key} {singular}", out var entries))
            return null;
        var draft = context.Entities.Of(entries[0]);
        return new Mention(i, i + 2, draft, MentionForm.Name);
    }

    /// <summary>
    /// The index of a subdivision type word closing the list that starts at <paramref name="end"/>
    /// ("Kunar, Paktika and Kandahar provinces"), or -1.
    /// </summary>
    private static int TypeWordAfter(ArticleContext context, int end)
    {
        var tokens = context.Tokens;
        var sentenceEnd = end < tokens.Count ? context.SentenceOf(end).EndToken : end;
        for (var i = end; i < sentenceEnd && i < end + 14; i++)
        {
            var t = tokens[i];
            if (t.IsWordLike && Words.SubdivisionTypes.Contains(t.Key))
                return i;
            var joins = t.Is(',') || t.Is('-') || t.Is('\'') || t.IsWordLike && (t.IsCapitalised || t.Key is "and" or "or");
            if (!joins)
                return -1;
        }
        return -1;
    }
}
