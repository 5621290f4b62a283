using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Sqlite.Mapping;

namespace GeoGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    private const string ArticleClaims = "FROM json_each($owners) o JOIN claims c ON c.article_id = o.value WHERE c.retracted = 0";

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<ArticleId, Page<Claim>>> GetArticleClaimsAsync(
        IReadOnlyCollection<ArticleId> articles, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(page);
        var owners = SqlValues.JsonArray(articles.Select(a => a.Value).Distinct());
        var pageSql = $"""
            SELECT * FROM (
                SELECT o.value AS owner, ROW_NUMBER() OVER (PARTITION BY o.value ORDER BY c.span_start) AS position, {ClaimRows.Columns}
                {ArticleClaims})
            WHERE position > {page.Offset} AND position <= {page.Offset + page.First}
            ORDER BY owner, position
            """;
        void Bind(Microsoft.Data.Sqlite.SqliteCommand command) => command.Parameters.AddWithValue("$owners", owners);
        return ReadAsync(async connection =>
        {
            var totals = await CountPerOwnerAsync(connection, $"SELECT o.value, COUNT(*) {ArticleClaims} GROUP BY o.value", Bind, cancellationToken).ConfigureAwait(false);
            var (rowOwners, rows) = page.First == 0 || totals.Count == 0
                ? ([], [])
                : await ReadOwnedAsync(connection, pageSql, Bind, r => ClaimRows.Read(r, first: 2), 0, cancellationToken).ConfigureAwait(false);
            var detailed = rows.Count == 0 ? [] : (await AttachDetailsAsync(connection, rows, cancellationToken).ConfigureAwait(false)).ToDictionary(c => c.Id);
            return (IReadOnlyDictionary<ArticleId, Page<Claim>>)PagesPerOwner(articles, a => a.Value, totals, page, rowOwners, rows.Select(r => detailed[r.Id]).ToList());
        }, cancellationToken);
    }
}
