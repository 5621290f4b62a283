using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Contract.Support;
using Xunit;

namespace GeoGraph.Storage.Contract;

/// <summary>
/// What every <see cref="IGraphStore"/> must do, asserted the same way for each store.
/// A store's test class inherits this and says how to make a fresh, empty store.
/// </summary>
public abstract partial class GraphStoreContract
{
    /// <summary>A new, empty, initialised store of the kind under test.</summary>
    protected abstract Task<IGraphStore> NewStoreAsync(CancellationToken cancellationToken);

    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    protected async Task<IGraphStore> StoreWithBothArticlesAsync()
    {
        var store = await NewStoreAsync(Token);
        await store.ImportAsync(SampleArticles.First(), Token);
        await store.ImportAsync(SampleArticles.Second(), Token);
        return store;
    }

    /// <summary>A store holding all three sample articles: nine claims, ten entities, six relations.</summary>
    protected async Task<IGraphStore> StoreWithAllArticlesAsync()
    {
        var store = await StoreWithBothArticlesAsync();
        await store.ImportAsync(SampleArticles.Third(), Token);
        return store;
    }

    [Fact]
    public async Task ImportingAnArticleStoresItsEntitiesClaimsAndRelations()
    {
        var store = await NewStoreAsync(Token);

        var result = await store.ImportAsync(SampleArticles.First(), Token);

        Assert.True(result.Created);
        Assert.Equal(new GraphStats(Articles: 1, Claims: 4, Entities: 7, Relations: 3), await store.GetStatsAsync(Token));
    }

    [Fact]
    public async Task ImportingTheSameArticleTwiceChangesNothing()
    {
        var store = await NewStoreAsync(Token);
        await store.ImportAsync(SampleArticles.First(), Token);
        var before = await store.GetStatsAsync(Token);
        var relationsBefore = await store.QueryRelationsAsync(new RelationQuery(), PageRequest.Default, Token);

        var again = await store.ImportAsync(SampleArticles.First(), Token);

        Assert.False(again.Created);
        Assert.Equal(SampleArticles.First().Article.Id, again.ArticleId);
        Assert.Equal(before, await store.GetStatsAsync(Token));
        var relationsAfter = await store.QueryRelationsAsync(new RelationQuery(), PageRequest.Default, Token);
        Assert.Equal(relationsBefore.Items, relationsAfter.Items);
    }

    [Fact]
    public async Task AFailureMidImportLeavesNoPartOfTheArticle()
    {
        var store = await NewStoreAsync(Token);
        await store.ImportAsync(SampleArticles.First(), Token);
        var before = await store.GetStatsAsync(Token);
        var second = SampleArticles.Second();
        // The last claim names a speaker the graph never declares: the store fails after writing the rest.
        var dangling = second.Claims[^1] with { Speaker = new EntityId("org:nobody-declared-this") };
        var broken = second with { Claims = [.. second.Claims.Take(second.Claims.Count - 1), dangling] };

        await Assert.ThrowsAnyAsync<Exception>(() => store.ImportAsync(broken, Token));

        Assert.Equal(before, await store.GetStatsAsync(Token));
        Assert.Empty(await store.GetArticlesAsync([second.Article.Id], Token));
        Assert.Null(await store.FindEntityByNameAsync("Harbour Brigade", Token));
        var afterRetry = await store.ImportAsync(second, Token);
        Assert.True(afterRetry.Created);
    }

    [Fact]
    public async Task ACancelledImportStoresNothing()
    {
        var store = await NewStoreAsync(Token);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.ImportAsync(SampleArticles.First(), cancelled.Token));

        Assert.Equal(new GraphStats(0, 0, 0, 0), await store.GetStatsAsync(Token));
    }

    [Fact]
    public async Task ArticlesKeepTheirCleanedBodyAndMetadata()
    {
        var store = await StoreWithBothArticlesAsync();
        var first = SampleArticles.First().Article;

        var stored = Assert.Single(await store.GetArticlesAsync([first.Id], Token));

        Assert.Equal(first.Body, stored.Body);
        Assert.Equal("Front courts movement", stored.Title);
        Assert.Equal("Test Wire", stored.Outlet);
        Assert.Equal(SampleArticles.FirstDate, stored.PublishedAt);
        Assert.Equal(GraphBuilder.Imported, stored.ImportedAt);
    }

    [Fact]
    public async Task ArticlesArePagedWithATotalCount()
    {
        var store = await StoreWithBothArticlesAsync();

        var first = await store.QueryArticlesAsync(new PageRequest(1), Token);
        var second = await store.QueryArticlesAsync(new PageRequest(1, first.CursorAt(0)), Token);

        Assert.Equal(2, first.TotalCount);
        Assert.True(first.HasNextPage);
        Assert.False(second.HasNextPage);
        Assert.NotEqual(first.Items[0].Id, second.Items[0].Id);
    }
}
