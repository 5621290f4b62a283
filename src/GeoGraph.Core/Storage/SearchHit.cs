using System.Text;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage;

/// <summary>
/// One ranked search hit. Hits come best first: entities whose name or an alias equals the search text
/// (ignoring case and diacritics) before everything else, then by <see cref="Score"/>, then entities before
/// claims, then by id.
/// </summary>
/// <param name="Id">The entity id or claim id (see <see cref="NodeId"/>).</param>
/// <param name="Score">Relevance, higher is better (BM25 in the SQLite store); comparable within one search only.</param>
/// <param name="Snippet">Plain text around the first match: the matching name of an entity, or up to
/// <see cref="SearchText.SnippetWords"/> words of a claim, with "…" where it was cut.</param>
/// <param name="Highlights">The matched words within <see cref="Snippet"/>, in order.</param>
public sealed record SearchHit(SearchHitKind Kind, string Id, double Score, string Snippet, IReadOnlyList<TextSpan> Highlights)
{
    /// <summary>The snippet with every highlight wrapped in <paramref name="open"/> and <paramref name="close"/>.</summary>
    public string Marked(string open, string close)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(close);
        var text = new StringBuilder(Snippet.Length + Highlights.Count * (open.Length + close.Length));
        var at = 0;
        foreach (var span in Highlights)
        {
            text.Append(Snippet, at, span.Start - at).Append(open).Append(Snippet, span.Start, span.Length).Append(close);
            at = span.End;
        }
        return text.Append(Snippet, at, Snippet.Length - at).ToString();
    }
}
