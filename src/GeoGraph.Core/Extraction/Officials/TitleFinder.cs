using GeoGraph.Core.Extraction.Gazetteers;
using GeoGraph.Core.Extraction.Tokens;

namespace GeoGraph.Core.Extraction.Officials;

/// <summary>
/// Finds runs of title words: listed ranks and offices with the modifiers that compound them
/// ("deputy chief of staff", "acting provincial governor", "Brig. Gen.").
/// </summary>
internal static class TitleFinder
{
    private static readonly WordSet Modifiers =
    [
        "deputy", "acting", "senior", "chief", "top", "former", "assistant", "associate", "provincial", "district",
        "regional", "military", "police", "army", "press", "media", "foreign", "defence", "defense", "interior",
        "national", "security", "executive", "general", "special", "first", "vice", "interim", "caretaker", "local",
        "state", "federal", "principal", "lead", "joint", "supreme", "field", "area", "sector", "operations",
        "intelligence", "public", "information", "affairs", "communications", "official", "main", "de", "facto",
    ];

    /// <summary>The title runs of tokens [first, end), left to right.</summary>
    public static List<TitleSpan> Find(ArticleContext context, int first, int end)
    {
        var spans = new List<TitleSpan>();
        var i = first;
        while (i < end)
        {
            var span = At(context, i, end);
            if (span is null)
            {
                i++;
                continue;
            }
            spans.Add(span);
            i = span.End;
        }
        return spans;
    }

    /// <summary>The title run starting at token <paramref name="i"/>, if one does.</summary>
    public static TitleSpan? At(ArticleContext context, int i, int end)
    {
        // Most tokens are neither a title nor a title's modifier: leave before allocating anything.
        if (i >= end || !context.Tokens[i].IsWordLike || context.MentionAt(i) is not null
            || !Modifiers.Contains(context.Tokens[i], context.Gazetteer.Words) && !context.Gazetteer.Titles.StartsWith(context.Tokens[i]))
            return null;
        var start = i;
        List<TitleEntry>? titles = null;
        var last = i;
        while (i < end)
        {
            if (context.MentionAt(i) is not null)
                break;
            var match = context.Gazetteer.Titles.Match(context.Tokens, i, end);
            if (match is not null)
            {
                (titles ??= []).AddRange(match.Values);
                i = match.End;
                // "Brig. Gen.": an abbreviation's full stop is part of the title, not a sentence's after "a spokesman.".
                if (i < end && context.Tokens[i].Is('.') && context.Tokens[i - 1].Length <= 5)
                    i++;
                last = i;
                continue;
            }
            if (context.Tokens[i].IsWordLike && Modifiers.Contains(context.Tokens[i], context.Gazetteer.Words))
            {
                i++;
                continue;
            }
            // "President-elect", "Secretary-General": a word joined to a title belongs to it.
            if (titles is not null && context.Tokens[i].IsWordLike && context.Tokens[i].Key is "elect" or "designate" && context.Tokens[i - 1].Is('-'))
            {
                i++;
                last = i;
                continue;
            }
            if (titles is not null && context.Tokens[i].Is('-'))
            {
                i++;
                continue;
            }
            // "Minister of Defence", "Cabinet Secretary for Interior", "Special Envoy for Sudan": the portfolio after a title.
            if (titles is not null && i == last && PortfolioEnd(context, i, end) is var portfolio and > 0)
            {
                i = portfolio;
                last = i;
                continue;
            }
            break;
        }
        return titles is null ? null : new TitleSpan(start, last, titles);
    }

    private static readonly WordSet PortfolioWords =
    [
        "defence", "defense", "foreign", "affairs", "interior", "home", "internal", "external", "security", "public", "justice",
        "finance", "information", "communication", "communications", "health", "education", "trade", "commerce", "energy",
        "mines", "petroleum", "agriculture", "labour", "labor", "immigration", "refugees", "human", "rights", "humanitarian",
        "peace", "reconciliation", "religious", "planning", "economy", "national", "local", "government", "territorial",
        "administration", "intelligence", "state", "relations", "international", "cooperation", "diaspora", "emergency",
        "disaster", "management", "veterans", "media", "legal", "constitutional", "parliamentary", "regional", "integration",
        "counterterrorism", "and", "the",
    ];

    // Where a portfolio after "of" or "for" at token <paramref name="of"/> ends ("of State for Foreign Affairs", "for
    // Sudan"), when a capitalised name follows it; else -1.
    private static int PortfolioEnd(ArticleContext context, int of, int end)
    {
        if (!context.IsWord(of, "of") && !context.IsWord(of, "for"))
            return -1;
        var j = of + 1;
        var words = 0;
        while (j < end)
        {
            if (context.IsWord(j, "for") && words > 0)
            {
                j++;
                continue;
            }
            if (context.IsWord(of, "for") && context.MentionAt(j) is { Entity.Kind: Model.EntityKind.Country or Model.EntityKind.Province } place && place.FirstToken == j)
            {
                j = place.EndToken;
                words++;
                continue;
            }
            if (context.MentionAt(j) is not null || !context.Tokens[j].IsWordLike || !PortfolioWords.Contains(context.Tokens[j], context.Gazetteer.Words)
                || !context.Tokens[j].IsCapitalised && context.Tokens[j].Key is not ("and" or "the"))
                break;
            words += context.Tokens[j].Key is "and" or "the" ? 0 : 1;
            j++;
        }
        return words > 0 && j < end && context.Tokens[j] is { Kind: TokenKind.Word, IsCapitalised: true } && context.MentionAt(j) is null ? j : -1;
    }
}
