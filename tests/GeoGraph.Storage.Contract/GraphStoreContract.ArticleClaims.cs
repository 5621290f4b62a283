using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Contract.Support;
using Xunit;

namespace GeoGraph.Storage.Contract;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task EachArticleGetsItsOwnPageOfClaimsInReadingOrder()
    {
        var store = await StoreWithBothArticlesAsync();
        var first = SampleArticles.First().Article.Id;
        var second = SampleArticles.Second().Article.Id;
        var unknown = new ArticleId("00000000000000000000000000000000");

        var pages = await store.GetArticleClaimsAsync([first, second, unknown], new PageRequest(3), Token);

        Assert.Equal(4, pages[first].TotalCount);
        Assert.Equal(3, pages[first].Items.Count);
        Assert.True(pages[first].HasNextPage);
        Assert.Equal(pages[first].Items.Select(c => c.Span.Start).Order(), pages[first].Items.Select(c => c.Span.Start));
        Assert.Equal(2, pages[second].TotalCount);
        Assert.Empty(pages[unknown].Items);
    }

    [Fact]
    public async Task AnArticlesClaimPagesContinueWhereTheLastStopped()
    {
        var store = await StoreWithBothArticlesAsync();
        var first = SampleArticles.First().Article.Id;

        var opening = await store.GetArticleClaimsAsync([first], new PageRequest(2), Token);
        var rest = await store.GetArticleClaimsAsync([first], new PageRequest(2, opening[first].CursorAt(1)), Token);

        Assert.Equal(SampleArticles.First().Claims.OrderBy(c => c.Span.Start).Select(c => c.Id),
            opening[first].Items.Concat(rest[first].Items).Select(c => c.Id));
    }
}
