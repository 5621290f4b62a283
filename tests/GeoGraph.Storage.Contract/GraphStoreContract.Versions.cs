using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Contract.Support;
using Xunit;

namespace GeoGraph.Storage.Contract;

public abstract partial class GraphStoreContract
{
    private const string StoryUrl = "https://wire.example/2025/front-and-movement";

    private static ArticleGraph AtUrl(ArticleGraph graph, string url) => graph with { Article = graph.Article with { Url = url } };

    [Fact]
    public async Task ANewTextUnderTheSameUrlSupersedesTheEarlierVersion()
    {
        var store = await NewStoreAsync(Token);
        var first = await store.ImportAsync(AtUrl(SampleArticles.First(), StoryUrl), Token);

        var update = await store.ImportAsync(AtUrl(SampleArticles.Third(), StoryUrl), Token);

        Assert.True(update.Created);
        Assert.Equal([first.ArticleId], update.Superseded);
        var earlier = Assert.Single(await store.GetArticlesAsync([first.ArticleId], Token));
        Assert.Equal(update.ArticleId, earlier.SupersededBy);
        Assert.Null(Assert.Single(await store.GetArticlesAsync([update.ArticleId], Token)).SupersededBy);
    }

    [Fact]
    public async Task TheEarlierVersionsClaimsAndRelationsStopCounting()
    {
        var store = await NewStoreAsync(Token);
        await store.ImportAsync(AtUrl(SampleArticles.First(), StoryUrl), Token);

        await store.ImportAsync(AtUrl(SampleArticles.Third(), StoryUrl), Token);

        var stats = await store.GetStatsAsync(Token);
        Assert.Equal((1, 3, 2), (stats.Articles, stats.Claims, stats.Relations));
        Assert.Empty(await store.GetRelationsAsync([new RelationKey(new EntityId("group:northern-front"), RelationType.SeeksAllianceWith, new EntityId("group:valley-movement"))], Token));
        Assert.Equal(0, (await store.SearchAsync(new SearchQuery("courting"), PageRequest.Default, Token)).TotalCount);
        Assert.Equal(0, (await store.GetEntityClaimsAsync([Ids.Coalition], EntityClaimRole.Speaker, new ClaimQuery(), PageRequest.Default, Token))[Ids.Coalition].TotalCount);
    }

    [Fact]
    public async Task ArticleListsLeaveOutSupersededVersionsUnlessAsked()
    {
        var store = await NewStoreAsync(Token);
        var first = await store.ImportAsync(AtUrl(SampleArticles.First(), StoryUrl), Token);
        var update = await store.ImportAsync(AtUrl(SampleArticles.Third(), StoryUrl), Token);

        var current = await store.QueryArticlesAsync(new ArticleQuery(), PageRequest.Default, Token);
        var all = await store.QueryArticlesAsync(new ArticleQuery(IncludeSuperseded: true), PageRequest.Default, Token);

        Assert.Equal([update.ArticleId], current.Items.Select(a => a.Id));
        Assert.Equal(new[] { first.ArticleId.Value, update.ArticleId.Value }.Order(), all.Items.Select(a => a.Id.Value).Order());
    }

    [Fact]
    public async Task ImportingAnEarlierTextAgainChangesNothing()
    {
        var store = await NewStoreAsync(Token);
        await store.ImportAsync(AtUrl(SampleArticles.First(), StoryUrl), Token);
        var update = await store.ImportAsync(AtUrl(SampleArticles.Third(), StoryUrl), Token);

        var again = await store.ImportAsync(AtUrl(SampleArticles.First(), StoryUrl), Token);

        Assert.False(again.Created);
        Assert.Empty(again.Superseded);
        Assert.Equal(update.ArticleId, Assert.Single((await store.GetArticlesAsync([again.ArticleId], Token))).SupersededBy);
        Assert.Equal(3, (await store.GetStatsAsync(Token)).Claims);
    }

    [Fact]
    public async Task ArticlesUnderOtherUrlsOrWithoutOneAreNotVersionsOfEachOther()
    {
        var store = await NewStoreAsync(Token);
        await store.ImportAsync(AtUrl(SampleArticles.First(), StoryUrl), Token);
        await store.ImportAsync(SampleArticles.Second(), Token);

        var other = await store.ImportAsync(AtUrl(SampleArticles.Third(), StoryUrl + "-follow-up"), Token);

        Assert.Empty(other.Superseded);
        Assert.Equal((3, 9), ((await store.GetStatsAsync(Token)).Articles, (await store.GetStatsAsync(Token)).Claims));
    }
}
