using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Contract.Support;
using GeoGraph.Storage.Sqlite.Tests.Support;

namespace GeoGraph.Storage.Sqlite.Tests;

/// <summary>Migration 003 (article versions) on a database that already holds articles with URLs.</summary>
public sealed class SqliteMigration003Tests : IDisposable
{
    private const string BackToVersion2 = """
        DROP INDEX ix_articles_url; ALTER TABLE articles DROP COLUMN superseded_by;
        DELETE FROM schema_migrations WHERE version >= 3;
        """;

    private const string Url = "https://wire.example/story";

    private readonly TempDatabase _database = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnArticleStoredBeforeTheUpgradeIsSupersededByALaterTextUnderItsUrl()
    {
        var store = await _database.OpenStoreAsync(Token);
        var first = SampleArticles.First();
        var stored = await store.ImportAsync(first with { Article = first.Article with { Url = Url } }, Token);
        await _database.ScalarAsync(BackToVersion2, Token);

        var upgraded = await _database.OpenStoreAsync(Token);
        var third = SampleArticles.Third();
        var update = await upgraded.ImportAsync(third with { Article = third.Article with { Url = Url } }, Token);

        Assert.Equal([stored.ArticleId], update.Superseded);
        Assert.Equal(3, (await upgraded.GetStatsAsync(Token)).Claims);
        Assert.Equal(3L, await _database.ScalarAsync("SELECT MAX(version) FROM schema_migrations", Token));
    }

    public void Dispose() => _database.Dispose();
}
