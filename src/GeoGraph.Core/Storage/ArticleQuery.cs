namespace GeoGraph.Core.Storage;

/// <summary>Which articles to list; every given field must match. Times are the article's report time (publication, else import).</summary>
/// <param name="Outlet">The outlet, ignoring case.</param>
/// <param name="Since">Reported at or after this time.</param>
/// <param name="Until">Reported at or before this time.</param>
/// <param name="Search">Words in the title; every word must occur, each also as the start of a longer word.</param>
/// <param name="Sort">The order of the list.</param>
/// <param name="IncludeSuperseded">Also list articles a later version (same URL, other text) has superseded.</param>
public sealed record ArticleQuery(
    string? Outlet = null,
    DateTimeOffset? Since = null,
    DateTimeOffset? Until = null,
    string? Search = null,
    ArticleSort Sort = ArticleSort.Imported,
    bool IncludeSuperseded = false)
{
    /// <summary>Throws <see cref="InvalidQueryException"/> when the time window is inverted.</summary>
    public ArticleQuery Validated()
    {
        QueryChecks.TimeWindow(Since, Until);
        return this;
    }
}
