using GeoGraph.Storage.Contract.Support;

namespace GeoGraph.Storage.Neo4j.Tests.Live;

/// <summary>What only a real server can show: imports racing each other. Skipped, with the reason, without one.</summary>
[Collection(LiveNeo4jServer.Name)]
public sealed class Neo4jConcurrencyTests(LiveNeo4j neo4j) : IAsyncLifetime
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await LiveStore.EmptyDatabaseAsync(neo4j, Token);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task ConcurrentImportsOfOneArticleCreateItOnce()
    {
        var store = LiveStore.Open(neo4j);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => store.ImportAsync(SampleArticles.First(), Token)));

        Assert.Single(results, r => r.Created);
        Assert.Equal(new Core.Storage.GraphStats(1, 4, 7, 3), await store.GetStatsAsync(Token));
    }

    [Fact]
    public async Task ConcurrentImportsSharingEntitiesLeaveOneNodePerEntity()
    {
        var store = LiveStore.Open(neo4j);

        await Task.WhenAll(store.ImportAsync(SampleArticles.First(), Token), store.ImportAsync(SampleArticles.Second(), Token), store.ImportAsync(SampleArticles.Third(), Token));

        Assert.Equal(new Core.Storage.GraphStats(3, 9, 10, 6), await store.GetStatsAsync(Token));
    }
}
