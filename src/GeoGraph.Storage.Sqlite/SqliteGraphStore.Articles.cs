using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Sqlite.Mapping;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <inheritdoc />
    public Task<IReadOnlyList<Article>> GetArticlesAsync(IReadOnlyCollection<ArticleId> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
            return Task.FromResult<IReadOnlyList<Article>>([]);
        var filter = new SqlFilter().Where("a.id IN (SELECT value FROM json_each($ids))", ("$ids", SqlValues.JsonArray(ids.Select(i => i.Value))));
        return ReadAsync<IReadOnlyList<Article>>(async c => await LoadArticlesAsync(c, filter, "", cancellationToken).ConfigureAwait(false), cancellationToken);
    }

    /// <inheritdoc />
    public Task<Page<Article>> QueryArticlesAsync(ArticleQuery query, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(page);
        var filter = ArticleFilter(query.Validated());
        var order = query.Sort switch
        {
            ArticleSort.Newest => "a.reported_at DESC, a.id",
            ArticleSort.Oldest => "a.reported_at, a.id",
            _ => "a.imported_at DESC, a.id",
        };
        return ReadAsync(async connection =>
        {
            var total = await CountAsync(connection, $"SELECT COUNT(*) FROM articles a {filter.Sql}", filter, cancellationToken).ConfigureAwait(false);
            var items = await LoadArticlesAsync(connection, filter, $"ORDER BY {order} LIMIT {page.First} OFFSET {page.Offset}", cancellationToken).ConfigureAwait(false);
            return new Page<Article>(items, page.Offset, total);
        }, cancellationToken);
    }

    private static SqlFilter ArticleFilter(ArticleQuery query)
    {
        var filter = new SqlFilter();
        if (!query.IncludeSuperseded)
            filter.Where("a.superseded_by IS NULL");
        if (!string.IsNullOrWhiteSpace(query.Outlet))
            filter.Where("a.outlet = $outlet COLLATE NOCASE", ("$outlet", query.Outlet.Trim()));
        if (query.Since is { } since)
            filter.Where("a.reported_at >= $since", ("$since", StoredTime.Write(since)));
        if (query.Until is { } until)
            filter.Where("a.reported_at <= $until", ("$until", StoredTime.Write(until)));
        if (query.Search is { } search)
        {
            // A search with no words at all matches nothing rather than everything.
            var match = FullTextQuery.AllPrefixes(SearchText.Terms(search));
            filter.Where(match is null ? "0" : "a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH $title)", ("$title", match ?? ""));
        }
        return filter;
    }

    /// <inheritdoc />
    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken) =>
        ReadAsync(async connection =>
        {
            await using var command = Command(connection, """
                SELECT (SELECT COUNT(*) FROM articles WHERE superseded_by IS NULL),
                       (SELECT COUNT(*) FROM claims WHERE retracted = 0),
                       (SELECT COUNT(*) FROM entities),
                       (SELECT COUNT(*) FROM relations)
                """);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            return new GraphStats(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3));
        }, cancellationToken);

    private static async Task<List<Article>> LoadArticlesAsync(SqliteConnection connection, SqlFilter filter, string orderAndLimit, CancellationToken cancellationToken)
    {
        var articles = new List<Article>();
        await using var command = Command(connection, $"SELECT {ArticleRows.Columns} FROM articles a {filter.Sql} {orderAndLimit}");
        filter.Bind(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            articles.Add(ArticleRows.Read(reader));
        return articles;
    }
}
