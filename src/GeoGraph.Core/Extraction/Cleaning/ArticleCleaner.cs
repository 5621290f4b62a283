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
        else if (HtmlText.HasEntities(text))
        {
            text = HtmlText.DecodeEntities(text);
        }
        text = Normalise(text);

        var lines = text.Split('\n');
        var kinds = new LineKind[lines.Length];
        var afterBody = false;
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = lines[i].Contains("  ", StringComparison.Ordinal) || lines[i].Contains('\t', StringComparison.Ordinal)
                || lines[i].Contains('\u3000', StringComparison.Ordinal) ? Spaces().Replace(lines[i], " ").Trim() : lines[i].Trim();
            kinds[i] = Boilerplate.Classify(lines[i], afterBody);
            // The page's navigation ("Home > World", "Subscribe", "Log in") comes before the first paragraph:
            // only once the article has begun can a subscription or related-links line end it.
            afterBody |= kinds[i] == LineKind.Body && IsParagraph(lines[i]);
        }
        KeepProseAfterInlineLinks(lines, kinds);
        MarkMastheads(lines, kinds);

        var body = new StringBuilder(text.Length);
        var blank = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (kinds[i] == LineKind.TailStart)
                break;
            if (kinds[i] == LineKind.Junk)
                continue;
            var line = lines[i];
            if (line.Length == 0)
            {
                blank = body.Length > 0;
                continue;
            }
            if (body.Length > 0)
                body.Append(blank ? "\n\n" : "\n");
            blank = false;
            body.Append(Repair(line));
        }

        var cleaned = body.ToString().Trim();
        if (cleaned.Length == 0)
            throw new ArticleRejectedException("EMPTY_ARTICLE", "Nothing is left of the article once site boilerplate is removed.");
        return new CleanedText(cleaned, warnings);
    }

    // "RELATED: Army chief sacked" between two paragraphs, "4 min read" under the headline: a link or reading aid
    // with article paragraphs after it is dropped alone; only where no more prose follows does the tail begin.
    private static void KeepProseAfterInlineLinks(string[] lines, LineKind[] kinds)
    {
        var proseAfter = 0;
        for (var i = lines.Length - 1; i >= 0; i--)
        {
            if (kinds[i] == LineKind.TailStart && !Boilerplate.CanStandInsideBody(lines[i]))
                proseAfter = 0;
            else if (kinds[i] == LineKind.TailStart && proseAfter >= 1)
                kinds[i] = LineKind.Junk;
            else if (kinds[i] == LineKind.Body && IsParagraph(lines[i]))
                proseAfter++;
        }
    }

    // An article paragraph rather than a teaser or a list of links: long, and ending as a sentence does. A closing
    // quote ends a sentence only after its full stop: a headline ends on a quoted word ('accuses X of a "self-coup"').
    private static bool IsParagraph(string line) =>
        line.Length >= 60 && line.AsSpan().Count(' ') >= 9 && EndsAsSentence(line);

    private static bool EndsAsSentence(string line)
    {
        var last = line.Length - 1;
        while (last > 0 && line[last] is '"' or '\'' or ')')
            last--;
        return line[last] is '.' or '!' or '?';
    }

    // "Frontier Wire" on a line of its own just before "Most read:": the site's masthead opens its tail.
    private static void MarkMastheads(string[] lines, LineKind[] kinds)
    {
        var bodyLines = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (kinds[i] == LineKind.TailStart)
                break;
            if (kinds[i] != LineKind.Body || lines[i].Length == 0)
                continue;
            bodyLines++;
            var next = i + 1;
            while (next < lines.Length && lines[next].Length == 0)
                next++;
            var words = lines[i].AsSpan().Count(' ') + 1;
            if (bodyLines > 2 && words <= 4 && next < lines.Length && kinds[next] == LineKind.TailStart
                && !".!?\"'".Contains(lines[i][^1], StringComparison.Ordinal))
            {
                kinds[i] = LineKind.TailStart;
                return;
            }
        }
    }

    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create(
        "\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u2018\u2019\u201A\u201B\u2032\u00A0\u2007\u202F\u200B\u2060\uFEFF\r");

    private static string Normalise(string text)
    {
        var nfkc = NfkcStable.Holds(text) ? text : text.Normalize(NormalizationForm.FormKC);
        var normal = TextNormalizer.Compatibility(nfkc).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (normal.AsSpan().IndexOfAny(Special) < 0)
            return normal;
        // The text is copied once and only its special characters are rewritten, found by a vectorised search.
        var plain = string.Create(normal.Length, normal, static (chars, source) =>
        {
            source.CopyTo(chars);
            for (var at = chars.IndexOfAny(Special); at >= 0;)
            {
                chars[at] = PlainForm(chars[at]);
                var next = chars[(at + 1)..].IndexOfAny(Special);
                at = next < 0 ? -1 : at + 1 + next;
            }
        });
        return plain.Replace("\n\n\n", "\n\n", StringComparison.Ordinal);
    }

    private static char PlainForm(char c) => c switch
    {
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033' => '"',
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
        '\u00A0' or '\u2007' or '\u202F' or '\u200B' or '\u2060' or '\uFEFF' => ' ',
        '\r' => '\n',
        _ => c,
    };

    // Scraped text often carries a '?' where a lost character was: after a full stop ("Afghanistan.? as")
    // and in place of an apostrophe ("Taliban?s").
    private static string Repair(string line)
    {
        if (!line.Contains('?', StringComparison.Ordinal))
            return line;
        line = StrayQuestionMark().Replace(line, string.Empty);
        return LostApostrophe().Replace(line, "'");
    }

    [GeneratedRegex(@"[ \t\u3000]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?<=[.!,;:])\?+(?=\s|$)")]
    private static partial Regex StrayQuestionMark();

    [GeneratedRegex(@"(?<=\p{L})\?(?=(s|t|re|ve|ll|d|m)\b)")]
    private static partial Regex LostApostrophe();
}
