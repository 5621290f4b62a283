using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Neo4j.Cypher;
using GeoGraph.Storage.Neo4j.Mapping;
using GeoGraph.Storage.Neo4j.Parameters;
using GeoGraph.Storage.Neo4j.Sessions;
using static GeoGraph.Storage.Neo4j.Parameters.CypherParameters;

namespace GeoGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <inheritdoc />
    public Task<IReadOnlyList<Article>> GetArticlesAsync(IReadOnlyCollection<ArticleId> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
            return Task.FromResult<IReadOnlyList<Article>>([]);
        return ReadAsync(tx => LoadArticlesAsync(tx, ids.Select(i => i.Value), cancellationToken), cancellationToken);
    }

    /// <inheritdoc />
    public Task<Page<Article>> QueryArticlesAsync(ArticleQuery query, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(page);
        query = query.Validated();
        var parameters = Of(
            ("outletKey", string.IsNullOrWhiteSpace(query.Outlet) ? null : StoredValues.OutletKey(query.Outlet.Trim())),
            ("since", StoredValues.Time(query.Since)),
            ("until", StoredValues.Time(query.Until)),
            ("titleTerms", query.Search is null ? null : SearchText.Terms(query.Search).Cast<object?>().ToList()),
            ("sort", query.Sort.ToString()),
            ("includeSuperseded", query.IncludeSuperseded),
            ("skip", page.Offset),
            ("limit", page.First));
        return ReadAsync(async tx =>
        {
            var (total, ids) = TotalAndPage(await SingleAsync(tx, Queries.QueryArticles, parameters, cancellationToken).ConfigureAwait(false));
            return new Page<Article>(await LoadArticlesAsync(tx, ids.Cast<string>(), cancellationToken).ConfigureAwait(false), page.Offset, total);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken) =>
        ReadAsync(async tx =>
        {
            var row = await SingleAsync(tx, Queries.GetStats, Of(), cancellationToken).ConfigureAwait(false);
            return row.Count == 0
                ? new GraphStats(0, 0, 0, 0)
                : new GraphStats(row.Int("articles"), row.Int("claims"), row.Int("entities"), row.Int("relations"));
        }, cancellationToken);

    /// <summary>The articles with these ids, in the order of the ids (each once); unknown ids are left out.</summary>
    private static async Task<IReadOnlyList<Article>> LoadArticlesAsync(ICypherTransaction tx, IEnumerable<string> ids, CancellationToken cancellationToken) =>
        await LoadByIdAsync(tx, Queries.GetArticles, ids, ArticleRows.ToArticle, a => a.Id.Value, cancellationToken).ConfigureAwait(false);
}
