using System.Text;
using System.Text.RegularExpressions;

namespace GeoGraph.Core.Extraction.Cleaning;

/// <summary>
/// Turns raw article text into the body that claims point into: HTML stripped, Unicode normalised
/// (NFKC, straight quotes), site furniture and the paywall tail removed, stray marks repaired.
/// </summary>
internal static partial class ArticleCleaner
{
    /// <summary>Warning added when the input was HTML and was turned into text.</summary>
    public const string HtmlWarning = "The input was HTML; markup was stripped.";

    /// <summary>The cleaned body; throws <see cref="ArticleRejectedException"/> when no article is left.</summary>
    public static CleanedText Clean(string? raw)
    {
        var text = InputGuard.Check(raw);
        var warnings = new List<string>();
        if (HtmlText.Looks(text))
        {
            text = HtmlText.ToText(text);
            warnings.Add(HtmlWarning);
        }
        text = Normalise(text);

        var body = new StringBuilder(text.Length);
        var afterBody = false;
        var blank = false;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = Spaces().Replace(rawLine, " ").Trim();
            var kind = Boilerplate.Classify(line, afterBody);
            if (kind == LineKind.TailStart)
                break;
            if (kind == LineKind.Junk)
                continue;
            if (line.Length == 0)
            {
                blank = body.Length > 0;
                continue;
            }
            if (body.Length > 0)
                body.Append(blank ? "\n\n" : "\n");
            blank = false;
            body.Append(Repair(line));
            afterBody = true;
        }

        var cleaned = body.ToString().Trim();
        if (cleaned.Length == 0)
            throw new ArticleRejectedException("EMPTY_ARTICLE", "Nothing is left of the article once site boilerplate is removed.");
        return new CleanedText(cleaned, warnings);
    }

    private static string Normalise(string text)
    {
        var normal = TextNormalizer.Compatibility(text.Normalize(NormalizationForm.FormKC)).Replace("\r\n", "\n", StringComparison.Ordinal);
        var sb = new StringBuilder(normal.Length);
        foreach (var c in normal)
        {
            sb.Append(c switch
            {
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033' => '"',
                '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
                '\u00A0' or '\u2007' or '\u202F' or '\u200B' or '\u2060' or '\uFEFF' => ' ',
                '\r' => '\n',
                _ => c,
            });
        }
        return sb.ToString().Replace("\n\n\n", "\n\n", StringComparison.Ordinal);
    }

    // Scraped text often carries a '?' where a lost character was: after a full stop ("Afghanistan.? as")
    // and in place of an apostrophe ("Taliban?s").
    private static string Repair(string line)
    {
        line = StrayQuestionMark().Replace(line, string.Empty);
        return LostApostrophe().Replace(line, "'");
    }

    [GeneratedRegex(@"[ \t\u3000]+", RegexOptions.NonBacktracking)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?<=[.!,;:])\?+(?=\s|$)")]
    private static partial Regex StrayQuestionMark();

    [GeneratedRegex(@"(?<=\p{L})\?(?=(s|t|re|ve|ll|d|m)\b)")]
    private static partial Regex LostApostrophe();
}
