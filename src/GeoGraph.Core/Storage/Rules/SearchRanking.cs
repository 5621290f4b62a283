namespace GeoGraph.Core.Storage.Rules;

/// <summary>
/// How every store turns what its engine found into the hits of <see cref="IGraphStore.SearchAsync"/>: which
/// words entity names are matched on, how a hit is shown, and the order hits come in (see <see cref="SearchHit"/>).
/// </summary>
public static class SearchRanking
{
    /// <summary>
    /// The terms entity names are matched on: a leading "the" is dropped when other words follow, since names
    /// are compared ignoring it everywhere (<see cref="Fold.NameKey"/>).
    /// </summary>
    public static IReadOnlyList<string> NameTerms(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return terms.Count > 1 && terms[0] == "the" ? [.. terms.Skip(1)] : terms;
    }

    /// <summary>
    /// An entity hit, shown by its first name (canonical name first, then aliases) with a word matching the terms,
    /// else by its first name, else by its id.
    /// </summary>
    public static RankedSearchHit EntityHit(string id, double score, IReadOnlyList<string> names, IReadOnlyList<string> terms, bool exactName)
    {
        ArgumentNullException.ThrowIfNull(names);
        var name = names.FirstOrDefault(n => SearchText.AnyWordMatches(n, terms)) ?? (names.Count > 0 ? names[0] : id);
        var (snippet, highlights) = SearchText.Snippet(name, terms);
        return new(new SearchHit(SearchHitKind.Entity, id, score, snippet, highlights), exactName);
    }

    /// <summary>A claim hit, shown by a snippet of its text.</summary>
    public static RankedSearchHit ClaimHit(string id, double score, string text, IReadOnlyList<string> terms)
    {
        var (snippet, highlights) = SearchText.Snippet(text, terms);
        return new(new SearchHit(SearchHitKind.Claim, id, score, snippet, highlights), ExactName: false);
    }

    /// <summary>
    /// The page of <paramref name="hits"/>, best first: exact entity names, then score, then entities before
    /// claims, then id ordinally.
    /// </summary>
    public static IReadOnlyList<SearchHit> Page(IEnumerable<RankedSearchHit> hits, PageRequest page)
    {
        ArgumentNullException.ThrowIfNull(hits);
        ArgumentNullException.ThrowIfNull(page);
        return hits
            .OrderByDescending(h => h.ExactName)
            .ThenByDescending(h => h.Hit.Score)
            .ThenBy(h => h.Hit.Kind)
            .ThenBy(h => h.Hit.Id, StringComparer.Ordinal)
            .Skip(page.Offset)
            .Take(page.First)
            .Select(h => h.Hit)
            .ToList();
    }
}
