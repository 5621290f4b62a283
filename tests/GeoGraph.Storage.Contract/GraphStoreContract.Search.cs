using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Contract.Support;
using Xunit;

namespace GeoGraph.Storage.Contract;

public abstract partial class GraphStoreContract
{
    [Theory]
    [InlineData("Northern Front", "group:northern-front", "[Northern] [Front]")]
    [InlineData("the northern front", "group:northern-front", "[Northern] [Front]")]
    [InlineData("nf", "group:northern-front", "[NF]")]
    [InlineData("uppa", "province:upper-province", "[Uppa]")]
    [InlineData("Valley Radio", "org:valley-radio", "[Valley] [Radio]")]
    public async Task AnEntityWhoseNameEqualsTheSearchRanksFirstWithItsMatchingNameAsSnippet(string text, string id, string marked)
    {
        var store = await StoreWithAllArticlesAsync();

        var page = await store.SearchAsync(new SearchQuery(text), PageRequest.Default, Token);

        var first = page.Items[0];
        Assert.Equal(SearchHitKind.Entity, first.Kind);
        Assert.Equal(id, first.Id);
        Assert.Equal(marked, first.Marked("[", "]"));
    }

    [Fact]
    public async Task AClaimHitCarriesItsTextWithTheMatchedWordsHighlighted()
    {
        var store = await StoreWithAllArticlesAsync();
        var courting = SampleArticles.ClaimContaining("courting");

        var page = await store.SearchAsync(new SearchQuery("courting"), PageRequest.Default, Token);

        var hit = Assert.Single(page.Items);
        Assert.Equal(SearchHitKind.Claim, hit.Kind);
        Assert.Equal(courting.Id.Value, hit.Id);
        Assert.Equal("the Northern Front is [courting] the Valley Movement", hit.Marked("[", "]"));
        Assert.True(hit.Score > 0);
    }

    [Fact]
    public async Task SearchMatchesWordBeginningsIgnoringDiacritics()
    {
        var store = await StoreWithAllArticlesAsync();

        var page = await store.SearchAsync(new SearchQuery("nörd", [SearchHitKind.Entity]), PageRequest.Default, Token);

        var hit = Assert.Single(page.Items);
        Assert.Equal("group:northern-front", hit.Id);
        Assert.Equal("[Nördern] Front", hit.Marked("[", "]"));
    }

    [Theory]
    [InlineData(null, 8)]
    [InlineData(SearchHitKind.Claim, 6)]
    [InlineData(SearchHitKind.Entity, 2)]
    public async Task SearchCountsEveryHitOfTheKindsAskedFor(SearchHitKind? kind, int expected)
    {
        var store = await StoreWithAllArticlesAsync();

        var page = await store.SearchAsync(new SearchQuery("valley", kind is { } k ? [k] : null), PageRequest.Default, Token);

        Assert.Equal(expected, page.TotalCount);
        Assert.Equal(expected, page.Items.Count);
        Assert.All(page.Items, h => Assert.True(kind is null || h.Kind == kind));
    }

    [Fact]
    public async Task SearchPagesWalkEveryHitOnceInRankOrder()
    {
        var store = await StoreWithAllArticlesAsync();
        var all = await store.SearchAsync(new SearchQuery("valley"), PageRequest.Default, Token);

        var first = await store.SearchAsync(new SearchQuery("valley"), new PageRequest(3), Token);
        var second = await store.SearchAsync(new SearchQuery("valley"), new PageRequest(5, first.CursorAt(2)), Token);

        Assert.Equal(all.Items.Select(h => h.Id), first.Items.Concat(second.Items).Select(h => h.Id));
        Assert.False(second.HasNextPage);
        Assert.Equal(all.Items.Select(h => h.Score).OrderDescending(), all.Items.Select(h => h.Score));
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("NEAR(front valley)")]
    [InlineData("text: OR * AND ^")]
    [InlineData("'; DROP TABLE claims; --")]
    [InlineData("   ")]
    [InlineData("*")]
    public async Task SearchReadsOperatorsAsPlainWords(string text)
    {
        var store = await StoreWithAllArticlesAsync();

        var page = await store.SearchAsync(new SearchQuery(text), PageRequest.Default, Token);

        Assert.Equal(0, page.TotalCount);
        Assert.Equal(9, (await store.GetStatsAsync(Token)).Claims);
    }
}
