using GeoGraph.Storage.Contract.Support;
using GeoGraph.Storage.Sqlite.Tests.Support;

namespace GeoGraph.Storage.Sqlite.Tests;

public sealed class SqliteConcurrencyTests : IDisposable
{
    private readonly TempDatabase _database = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ConcurrentImportsOfTheSameArticleCreateItOnce()
    {
        var store = await _database.OpenStoreAsync(Token);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => store.ImportAsync(SampleArticles.First(), Token), Token)));

        Assert.Single(results, r => r.Created);
        Assert.Equal(1, (await store.GetStatsAsync(Token)).Articles);
    }

    [Fact]
    public async Task TwoStoresOnOneFileSeeEachOthersImports()
    {
        var writer = await _database.OpenStoreAsync(Token);
        var reader = await _database.OpenStoreAsync(Token);

        await writer.ImportAsync(SampleArticles.First(), Token);
        var second = await reader.ImportAsync(SampleArticles.First(), Token);

        Assert.False(second.Created);
        Assert.Equal(4, (await reader.GetStatsAsync(Token)).Claims);
    }

    public void Dispose() => _database.Dispose();
}
