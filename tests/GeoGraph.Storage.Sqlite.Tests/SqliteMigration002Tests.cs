using GeoGraph.Core.Storage;
using GeoGraph.Storage.Contract.Support;
using GeoGraph.Storage.Sqlite.Tests.Support;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Sqlite.Tests;

/// <summary>Migration 002 on a database that already holds data from before it.</summary>
public sealed class SqliteMigration002Tests : IDisposable
{
    // What 002 adds, dropped again to stand for a database last migrated by a build that knew only 001.
    private const string BackToVersion1 = """
        DROP TABLE denials; DROP TABLE claim_mentions; DROP TABLE audit_log;
        DROP TRIGGER articles_fts_insert; DROP TRIGGER articles_fts_delete; DROP TABLE articles_fts;
        DROP INDEX ix_articles_outlet; DROP INDEX ix_articles_reported; DROP INDEX ix_relations_type;
        DROP INDEX ix_assertions_type; DROP INDEX ix_entities_part_of;
        DROP INDEX ix_articles_url; ALTER TABLE articles DROP COLUMN superseded_by;
        DELETE FROM schema_migrations WHERE version >= 2;
        """;

    private readonly TempDatabase _database = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UpgradingADatabaseWithClaimsFillsInMentionsAndTitleSearch()
    {
        var store = await _database.OpenStoreAsync(Token);
        await store.ImportAsync(SampleArticles.First(), Token);
        await store.ImportAsync(SampleArticles.Second(), Token);
        await ExecuteAsync(BackToVersion1);

        var upgraded = await _database.OpenStoreAsync(Token);

        var mentioned = await upgraded.QueryEntitiesAsync(new EntityQuery(MinClaims: 1, Sort: EntitySort.ClaimCount), PageRequest.Default, Token);
        Assert.Equal("Northern Front", mentioned.Items[0].Name);
        Assert.Equal("Northern Front", Assert.Single((await upgraded.QueryEntitiesAsync(new EntityQuery(MinClaims: 6), PageRequest.Default, Token)).Items).Name);
        Assert.Equal(1, (await upgraded.QueryArticlesAsync(new ArticleQuery(Search: "alliance"), PageRequest.Default, Token)).TotalCount);
        Assert.Equal(3L, await ScalarAsync("SELECT MAX(version) FROM schema_migrations"));
    }

    [Fact]
    public async Task TheAuditLogAcceptsOnlyJsonDetails()
    {
        await _database.OpenStoreAsync(Token);

        await Assert.ThrowsAsync<SqliteException>(() =>
            ExecuteAsync("INSERT INTO audit_log (at, actor, action, target, details) VALUES ('x', 'a', 'AddAlias', 't', 'not json')"));
    }

    private Task<object?> ExecuteAsync(string sql) => _database.ScalarAsync(sql, Token);

    private Task<object?> ScalarAsync(string sql) => _database.ScalarAsync(sql, Token);

    public void Dispose() => _database.Dispose();
}
