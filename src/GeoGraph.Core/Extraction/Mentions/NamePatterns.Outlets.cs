using GeoGraph.Core.Extraction.Sentences;
using GeoGraph.Core.Extraction.Tokens;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Mentions;

/// <summary>Outlets by the shape of their names ("Shafaq News", "Radio Andalus") or by the noun before them ("state broadcaster X"), kept only where they report.</summary>
internal static partial class NamePatterns
{
    private static readonly WordSet OutletHeads =
    [
        "news", "times", "post", "tribune", "herald", "journal", "gazette", "observer", "online", "tv", "television",
        "radio", "daily", "broadcasting", "media", "telegraph", "chronicle", "courier", "monitor", "wire", "express", "info",
    ];

    private static readonly WordSet OutletTails =
    [
        "agency", "network", "service", "online", "pidgin", "english", "arabic", "international", "channel", "line",
    ];

    private static readonly WordSet ReportingWords = ["told", "to", "by", "with", "citing", "cited", "quoting", "through", "via"];

    // The word before a name and what qualifies it ("told the pro-military …", "according to Iraq's …", "through its …").
    private static int ReportingWordBefore(ArticleContext context, int first)
    {
        var i = first - 1;
        for (var steps = 0; i >= 0 && steps < 5; steps++)
        {
            var t = context.Tokens[i];
            if (context.IsAnyWord(i, Words.Determiners) || t.Is('-') || t.Is('\'') || i > 0 && context.IsWord(i, "s") && context.Tokens[i - 1].Is('\'')
                || context.MentionAt(i) is { Entity.Kind: EntityKind.Country } || t.Kind == TokenKind.Word && t.Case == TokenCase.Lower && !ReportingWords.Contains(t, context.Gazetteer.Words))
            {
                i--;
                continue;
            }
            break;
        }
        return i;
    }

    // "hijacked the Jaffar Express": a name shaped like an outlet's is one only if it reports somewhere in the article
    // (speaks, is told, quotes or carries a statement).
    private static void DropSilentOutlets(ArticleContext context, List<EntityDraft> outlets)
    {
        foreach (var outlet in outlets)
        {
            var mentions = context.Mentions.Where(m => m.Entity == outlet).ToList();
            var reports = mentions.Any(m => context.HasCue(m.EndToken, Gazetteers.CueKind.Speech) || context.HasCue(m.EndToken, Gazetteers.CueKind.Reporting)
                                            || context.IsAnyWord(m.EndToken, OutletNouns) && context.HasCue(m.EndToken + 1, Gazetteers.CueKind.Speech)
                                            || context.IsAnyWord(ReportingWordBefore(context, m.FirstToken), ReportingWords)
                                            // "the public channel TC Televisión": described as an outlet, whatever it does.
                                            || context.IsAnyWord(m.FirstToken - 1, OutletNouns) && context.Tokens[m.FirstToken - 1].Case == TokenCase.Lower);
            if (reports)
                continue;
            foreach (var m in mentions)
                context.Remove(m);
            outlet.Named = false;
            outlet.Dropped = true;
        }
    }

    private static readonly WordSet OutletNouns =
    [
        "broadcaster", "agency", "newspaper", "daily", "channel", "television", "outlet", "website", "weekly", "tabloid",
        "medium", "portal", "magazine",
    ];

    // "State broadcaster ORTM", "the state broadcaster Al-Mamlaka", "the news agency IRNA": a name right after a
    // lower-case noun for an outlet is that outlet.
    private static void DescribedOutlets(ArticleContext context)
    {
        foreach (var s in context.Sentences)
        {
            for (var i = s.FirstToken; i + 1 < s.EndToken; i++)
            {
                // "told The New Arab", "according to The Straits Times": a title with a capital "The" that hears or carries
                // a statement is a publication.
                if (i > s.FirstToken && context.Tokens[i].Case == TokenCase.Capitalised && context.IsWord(i, "the")
                    && context.IsAnyWord(i - 1, ReportingWords) && context.MentionAt(i) is null && context.MentionAt(i + 1) is null
                    && context.Tokens[i + 1].IsCapitalised && !Words.NotNames.Contains(context.Tokens[i + 1], context.Gazetteer.Words))
                {
                    var last = CapitalisedRunEnd(context, i + 1, s.EndToken, 3);
                    if (last > i + 1)
                        AddOrganisation(context, i, last, "news outlet");
                    i = last - 1;
                    continue;
                }
                if (!context.IsAnyWord(i, OutletNouns) || context.Tokens[i].Case == TokenCase.AllCaps || context.MentionAt(i) is not null
                    || context.MentionAt(i + 1) is not null || !context.Tokens[i + 1].IsCapitalised || Words.NotNames.Contains(context.Tokens[i + 1], context.Gazetteer.Words))
                    continue;
                var end = CapitalisedRunEnd(context, i + 1, s.EndToken, int.MaxValue, hyphens: true);
                AddOrganisation(context, i + 1, end, "news outlet");
                i = end - 1;
            }
        }
    }

    // "Shafaq News", "the Kabul Times", "Radio Andalus": outlets by the shape of their names.
    private static int Outlet(ArticleContext context, int head, int sentenceStart, int sentenceEnd, List<EntityDraft> outlets)
    {
        var start = CapitalisedRunBefore(context, head, sentenceStart, allowMentions: false);
        // "Somali National News Agency", "Jordan News Agency", "Kurdistan Daily": a country's or province's name or
        // adjective opens an outlet's name.
        if (context.MentionAt(start - 1) is { Entity.IsPlace: true } place && place.EndToken == start)
            start = place.FirstToken;
        var end = head + 1;
        if (start == head && context.Tokens[head].Key is "radio" or "tv" or "television")
        {
            end = CapitalisedRunEnd(context, head + 1, sentenceEnd, 3);
            // "Radio Pakistan", "Radio France": a station named after its country.
            if (end == head + 1 && context.MentionAt(head + 1) is { Entity.Kind: EntityKind.Country } named && named.FirstToken == head + 1)
                end = named.EndToken;
        }
        while (end < sentenceEnd && context.IsAnyWord(end, OutletTails) && context.Tokens[end].IsCapitalised)
            end++;
        if (end - start < 2 || !PlacesOnlyAtEdges(context, start, end) || DatelineCredit.Covers(context, start, end))
            return head;
        var outlet = AddOrganisation(context, start, end, "news outlet");
        if (outlet.Entry is null && !outlets.Contains(outlet))
            outlets.Add(outlet);
        return end - 1;
    }

    // An outlet's name holds no other mention than its place's, first or last ("Jordan News Agency", "Radio Pakistan").
    private static bool PlacesOnlyAtEdges(ArticleContext context, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (context.MentionAt(i) is not { } m)
                continue;
            if (m.Entity?.IsPlace != true || m.FirstToken != start && m.EndToken != end)
                return false;
            i = m.EndToken - 1;
        }
        return true;
    }
}
