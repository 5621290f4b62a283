using System.Text;

namespace GeoGraph.Storage.Neo4j.Parameters;

/// <summary>
/// Full-text queries for the indexes of <c>schema/neo4j/003_fulltext.cypher</c>, built from search terms
/// (folded words of letters and digits, <see cref="Core.Storage.SearchText.Terms"/>). Every term must
/// begin some indexed word; a word equal to the term scores higher. Anything Lucene reads as syntax is
/// escaped, so no input is read as an operator, a field or a wildcard.
/// </summary>
internal static class LuceneQuery
{
    private const string Special = "\\+-!():^[]\"{}~*?|&/";

    /// <summary>The query, or null when there are no terms (which finds nothing).</summary>
    public static string? AllPrefixes(IReadOnlyList<string> terms) =>
        terms.Count == 0 ? null : string.Join(' ', terms.Select(t => $"+({Escape(t)}* OR \"{Escape(t)}\")"));

    public static string Escape(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var escaped = new StringBuilder(term.Length);
        foreach (var c in term)
        {
            if (Special.Contains(c, StringComparison.Ordinal) || char.IsWhiteSpace(c))
                escaped.Append('\\');
            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
