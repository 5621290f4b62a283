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
    public Task<Page<Article>> QueryArticlesAsync(PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var filter = new SqlFilter();
        return ReadAsync(async connection =>
        {
            var total = await CountAsync(connection, "SELECT COUNT(*) FROM articles a", filter, cancellationToken).ConfigureAwait(false);
            var items = await LoadArticlesAsync(connection, filter, $"ORDER BY a.imported_at DESC, a.id LIMIT {page.First} OFFSET {page.Offset}", cancellationToken).ConfigureAwait(false);
            return new Page<Article>(items, page.Offset, total);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken) =>
        ReadAsync(async connection =>
        {
            await using var command = Command(connection, """
                SELECT (SELECT COUNT(*) FROM articles),
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
