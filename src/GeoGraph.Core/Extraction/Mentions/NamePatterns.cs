using System.Collections.Frozen;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Mentions;

/// <summary>
/// Finds organisations and groups the gazetteer does not list, by the shape of their names:
/// "Ministry of X", "X Ministry", "X network", "X Front", "X Brigade(s)", "X Movement", "Islamic State in X".
/// A ministry takes the country of a demonym before it ("Afghan Ministry of Interior Affairs").
/// </summary>
internal static class NamePatterns
{
    private static readonly FrozenSet<string> GroupHeads = new[]
    {
        "network", "front", "brigade", "brigades", "movement", "militia", "legion", "battalion", "battalions",
        "army", "mujahideen", "mujahidin", "forces", "force", "corps", "committee", "council",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Joiners = new[] { "of", "for", "the", "and", "al", "el", "de", "in", "on" }
        .ToFrozenSet(StringComparer.Ordinal);

    public static void Run(ArticleContext context)
    {
        foreach (var s in context.Sentences)
        {
            for (var i = s.FirstToken; i < s.EndToken; i++)
            {
                var t = context.Tokens[i];
                if (!t.IsWordLike)
                    continue;
                if (t.Key is "ministry" && t.IsCapitalised)
                    i = Ministry(context, i, s.FirstToken, s.EndToken);
                else if (GroupHeads.Contains(t.Key) && (t.IsCapitalised || t.Key == "network"))
                    i = Group(context, i, s.FirstToken, s.EndToken);
            }
        }
        IslamicStateProvinces(context);
    }

    private static int Ministry(ArticleContext context, int head, int sentenceStart, int sentenceEnd)
    {
        var start = CapitalisedRunBefore(context, head, sentenceStart, allowMentions: false);
        var end = head + 1;
        if (start == head)
            end = ComplementAfter(context, head + 1, sentenceEnd);
        if (start == head && end == head + 1)
            return head;
        var phrase = context.Text(start, end);
        var country = CountryBefore(context, start, out var prefixStart);
        var name = country is not null ? $"{context.Text(prefixStart, start)} {phrase}" : phrase;
        if (country is not null && context.MentionAt(prefixStart)?.Form == MentionForm.Name)
            name = $"{DemonymOf(context, country) ?? country.Name} {phrase}";
        var draft = context.Entities.Find(phrase) is { Kind: EntityKind.Organisation } known && country is null
            ? known
            : context.Entities.Named(EntityKind.Organisation, name);
        draft.Category ??= "government ministry";
        draft.CountryIso ??= country?.IsoCode;
        context.Entities.Learn(draft, phrase);
        if (country is not null)
        {
            context.Entities.Learn(draft, context.Text(prefixStart, end));
            context.Entities.Learn(draft, $"{country.Name}'s {phrase}");
        }
        context.Add(new Mention(country is not null ? prefixStart : start, end, draft, MentionForm.Name));
        return end - 1;
    }

    private static int Group(ArticleContext context, int head, int sentenceStart, int sentenceEnd)
    {
        var start = CapitalisedRunBefore(context, head, sentenceStart, allowMentions: false);
        if (start == head)
            return head;
        var end = context.Tokens[head].IsCapitalised ? ComplementAfter(context, head + 1, sentenceEnd) : head + 1;
        if (context.Covered(start, end) || context.Tokens[head].Key == "army" && CountryBefore(context, start, out _) is not null)
            return head;
        var phrase = context.Text(start, end);
        var kind = IsStateBody(context, start, end) ? EntityKind.Organisation : EntityKind.Group;
        var draft = context.Entities.Find(phrase) ?? context.Entities.Named(kind, phrase);
        draft.Category ??= kind == EntityKind.Group ? "armed group" : "state body";
        context.Add(new Mention(start, end, draft, MentionForm.Name));
        return end - 1;
    }

    // "State Security Forces", "Joint Task Force": state bodies; "Popular Resistance Front": a group.
    private static bool IsStateBody(ArticleContext context, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (context.Tokens[i].Key is "state" or "security" or "armed" or "police" or "defence" or "defense" or "national"
                or "special" or "joint" or "federal" or "republican" or "presidential" or "council" or "committee" or "task")
                return true;
        }
        return false;
    }

    // "Islamic State in Somalia", "Islamic State's Sahel Province": a branch of a listed parent.
    private static void IslamicStateProvinces(ArticleContext context)
    {
        foreach (var m in context.Mentions.ToList())
        {
            if (m.Entity?.Name != "Islamic State" || m.Form != MentionForm.Name)
                continue;
            var end = context.SentenceOf(m.FirstToken).EndToken;
            var i = m.EndToken;
            if (context.IsWord(i, "in") && i + 1 < end && context.MentionAt(i + 1) is { Entity.IsPlace: true } place
                && place.FirstToken == i + 1)
            {
                var name = $"Islamic State in {place.Entity!.Name}";
                var draft = context.Entities.Named(EntityKind.Group, name);
                draft.Category ??= "armed group";
                draft.PartOf ??= "Islamic State";
                context.Add(new Mention(m.FirstToken, place.EndToken, draft, MentionForm.Name));
            }
        }
    }

    private static int CapitalisedRunBefore(ArticleContext context, int head, int sentenceStart, bool allowMentions)
    {
        var start = head;
        var words = 0;
        for (var i = head - 1; i >= sentenceStart && words < 5; i--)
        {
            var t = context.Tokens[i];
            if (t.Is('-') || t.Is('\''))
                continue;
            if (!t.IsWordLike || !t.IsCapitalised || Words.NotNames.Contains(t.Key) && !(t.Key is "al" or "el")
                || !allowMentions && context.MentionAt(i) is not null)
                break;
            start = i;
            words++;
        }
        while (start < head && !context.Tokens[start].IsWordLike)
            start++;
        return start;
    }

    // "of Interior Affairs", "for the Liberation of Palestine": joiners and capitalised words, ending on a capital.
    private static int ComplementAfter(ArticleContext context, int from, int sentenceEnd)
    {
        var end = from;
        var i = from;
        while (i < sentenceEnd && i < from + 10)
        {
            var t = context.Tokens[i];
            if (t.IsWordLike && t.IsCapitalised && !Words.NotNames.Contains(t.Key))
                end = i + 1;
            else if (!(t.IsWordLike && Joiners.Contains(t.Key) || t.Is('-') || t.Is('\'')))
                break;
            i++;
        }
        return context.Tokens[from < sentenceEnd ? from : sentenceEnd - 1].IsWordLike && end > from
            && Joiners.Contains(context.Tokens[from].Key) ? end : from;
    }

    private static EntityDraft? CountryBefore(ArticleContext context, int start, out int prefixStart)
    {
        prefixStart = start;
        var i = start - 1;
        if (i >= 1 && context.IsWord(i, "s") && context.Tokens[i - 1].Is('\''))
            i -= 2;
        if (context.MentionAt(i) is { Entity: { Kind: EntityKind.Country } country } m && m.EndToken == i + 1)
        {
            prefixStart = m.FirstToken;
            return country;
        }
        return null;
    }

    private static string? DemonymOf(ArticleContext context, EntityDraft country) =>
        context.Mentions.FirstOrDefault(m => m.Entity == country && m.Form == MentionForm.Demonym) is { } d
            ? context.Text(d.FirstToken, d.EndToken)
            : null;
}
