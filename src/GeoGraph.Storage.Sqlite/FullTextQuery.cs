using System.Text;

namespace GeoGraph.Storage.Sqlite;

/// <summary>
/// Turns what a user typed into an FTS5 query that matches all its words, each quoted,
/// so no input is read as FTS syntax (operators, columns, NEAR).
/// </summary>
internal static class FullTextQuery
{
    public static string? AllWords(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0)
            words.Add(current.ToString());
        return words.Count == 0 ? null : string.Join(' ', words.Select(w => $"\"{w}\""));
    }

    /// <summary>
    /// A query matching every term, each also as the start of a longer word; null when there are no terms.
    /// Terms come from <see cref="Core.Storage.SearchText.Terms"/> (letters and digits only), quoted all the same.
    /// </summary>
    public static string? AllPrefixes(IReadOnlyList<string> terms) =>
        terms.Count == 0 ? null : string.Join(' ', terms.Select(t => $"\"{t.Replace("\"", "\"\"", StringComparison.Ordinal)}\"*"));
}
