using GeoGraph.Storage.Sqlite.Tests.Support;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Sqlite.Tests;

public sealed class SqliteMigrationTests : IDisposable
{
    private readonly TempDatabase _database = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task InitialisingCreatesTheFileAndItsFolderInWalMode()
    {
        await _database.OpenStoreAsync(Token);

        Assert.True(File.Exists(_database.Path));
        Assert.Equal("wal", await ScalarAsync("PRAGMA journal_mode"));
    }

    [Fact]
    public async Task EveryConnectionEnforcesForeignKeys()
    {
        await _database.OpenStoreAsync(Token);

        Assert.Equal(1L, await ScalarAsync("PRAGMA foreign_keys"));
    }

    [Fact]
    public async Task MigrationsAreRecordedAndNotAppliedTwice()
    {
        await _database.OpenStoreAsync(Token);
        var applied = await ScalarAsync("SELECT COUNT(*) FROM schema_migrations");

        await _database.OpenStoreAsync(Token);

        Assert.True((long)applied! >= 1);
        Assert.Equal(applied, await ScalarAsync("SELECT COUNT(*) FROM schema_migrations"));
    }

    [Fact]
    public async Task ADatabaseFromANewerBuildIsRefusedRatherThanDowngraded()
    {
        await _database.OpenStoreAsync(Token);
        await ScalarAsync("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 'x')");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => _database.OpenStoreAsync(Token));

        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheClaimTextIndexUsesFts5()
    {
        await _database.OpenStoreAsync(Token);

        var sql = (string?)await ScalarAsync("SELECT sql FROM sqlite_master WHERE name = 'claims_fts'");

        Assert.Contains("fts5", sql, StringComparison.OrdinalIgnoreCase);
    }

    private Task<object?> ScalarAsync(string sql) => _database.ScalarAsync(sql, Token);

    public void Dispose() => _database.Dispose();
}
