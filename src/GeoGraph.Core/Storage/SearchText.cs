namespace GeoGraph.Core.Storage;

/// <summary>
/// How search text is cut into words and how hits are highlighted, shared by every store so that the
/// same search gives the same snippets whatever engine ranked it.
/// </summary>
public static class SearchText
{
    /// <summary>The most words a claim snippet holds.</summary>
    public const int SnippetWords = 20;

    // Words shown before the first match, so the match reads in context.
    private const int LeadWords = 4;

    /// <summary>The words of <paramref name="text"/>: runs of letters and digits, folded to lower-case ASCII.</summary>
    public static IReadOnlyList<string> Terms(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Words(text).Select(w => Normalise(text.Substring(w.Start, w.Length))).Where(w => w.Length > 0).Distinct().ToList();
    }

    /// <summary>
    /// A snippet of <paramref name="text"/> around its first word starting with one of <paramref name="terms"/>,
    /// with every such word in the snippet highlighted.
    /// </summary>
    public static (string Snippet, IReadOnlyList<Model.TextSpan> Highlights) Snippet(string text, IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(terms);
        var words = Words(text);
        if (words.Count == 0)
            return (text, []);
        var first = words.FindIndex(w => Matches(text, w, terms));
        var from = Math.Max(0, first - LeadWords);
        var to = Math.Min(words.Count - 1, from + SnippetWords - 1);
        var start = from == 0 ? 0 : words[from].Start;
        var end = to == words.Count - 1 ? text.Length : words[to].End;
        var prefix = from == 0 ? "" : "…";
        var snippet = prefix + text[start..end] + (end == text.Length ? "" : "…");
        var highlights = words.Skip(from).Take(to - from + 1)
            .Where(w => Matches(text, w, terms))
            .Select(w => new Model.TextSpan(w.Start - start + prefix.Length, w.Length))
            .ToList();
        return (snippet, highlights);
    }

    /// <summary>Whether some word of <paramref name="text"/> starts with one of <paramref name="terms"/>.</summary>
    public static bool AnyWordMatches(string text, IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Words(text).Exists(w => Matches(text, w, terms));
    }

    private static bool Matches(string text, Model.TextSpan word, IReadOnlyList<string> terms)
    {
        var folded = Normalise(text.Substring(word.Start, word.Length));
        return terms.Any(t => folded.StartsWith(t, StringComparison.Ordinal));
    }

    private static string Normalise(string word) => Fold.ToAscii(word).ToLowerInvariant();

    private static List<Model.TextSpan> Words(string text)
    {
        var words = new List<Model.TextSpan>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
                start = i;
            else if (!inWord && start >= 0)
            {
                words.Add(new Model.TextSpan(start, i - start));
                start = -1;
            }
        }
        return words;
    }
}
