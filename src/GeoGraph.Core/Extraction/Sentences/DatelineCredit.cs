using GeoGraph.Core.Extraction.Tokens;

namespace GeoGraph.Core.Extraction.Sentences;

/// <summary>
/// The wire or outlet credited in brackets in an article's dateline: "BAMAKO, Mali (Sahel Wire) —",
/// "KYIV (AP) —", "Kabul (Pajhwok):". The credit publishes the article; it is not something the article reports on.
/// </summary>
internal static class DatelineCredit
{
    // A dateline sits in the article's first few words.
    private const int DatelineWords = 24;

    /// <summary>The token range [Start, End) inside the dateline's brackets, or null when the opening has none.</summary>
    public static (int Start, int End)? Span(IReadOnlyList<Token> tokens)
    {
        for (var open = 1; open < tokens.Count && open <= DatelineWords; open++)
        {
            if (!tokens[open].Is('('))
                continue;
            var close = open + 1;
            while (close < tokens.Count && close <= open + 5 && (tokens[close].Is('&') || tokens[close].IsWordLike && tokens[close].IsCapitalised))
                close++;
            if (close > open + 1 && close + 1 < tokens.Count && tokens[close].Is(')') && EndsDateline(tokens[close + 1]))
                return (open + 1, close);
        }
        return null;
    }

    /// <summary>Whether tokens [start, end) lie inside the dateline's credit of <paramref name="context"/>.</summary>
    public static bool Covers(ArticleContext context, int start, int end) =>
        context.DatelineCreditSpan is { } span && span.Start <= start && end <= span.End;

    private static bool EndsDateline(Token t) => t.Is('-') || t.Is('\u2014') || t.Is('\u2013') || t.Is(':');
}
