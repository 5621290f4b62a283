using GeoGraph.Core.Storage;
using GeoGraph.Storage.Contract.Support;
using Xunit;

namespace GeoGraph.Storage.Contract;

public abstract partial class GraphStoreContract
{
    private static readonly Dictionary<string, ArticleQuery> ArticleQueries = new()
    {
        ["from TEST WIRE"] = new(Outlet: "TEST WIRE"),
        ["from Other Wire"] = new(Outlet: "Other Wire"),
        ["since April"] = new(Since: April),
        ["until the second, inclusive"] = new(Until: SampleArticles.SecondDate),
        ["titled alliance"] = new(Search: "alliance"),
        ["titled front"] = new(Search: "FRONT"),
        ["titled cour…"] = new(Search: "cour"),
        ["titled movement cuts"] = new(Search: "movement cuts"),
        ["titled with no words"] = new(Search: "!!! \"*"),
        ["from Test Wire since April"] = new(Outlet: "Test Wire", Since: April),
    };

    [Theory]
    [InlineData("from TEST WIRE", 2)]
    [InlineData("from Other Wire", 1)]
    [InlineData("since April", 2)]
    [InlineData("until the second, inclusive", 2)]
    [InlineData("titled alliance", 1)]
    [InlineData("titled front", 3)]
    [InlineData("titled cour…", 1)]
    [InlineData("titled movement cuts", 1)]
    [InlineData("titled with no words", 0)]
    [InlineData("from Test Wire since April", 1)]
    public async Task ArticleFiltersMatchByOutletTimeAndTitleWords(string filter, int expected)
    {
        var store = await StoreWithAllArticlesAsync();

        var page = await store.QueryArticlesAsync(ArticleQueries[filter], PageRequest.Default, Token);

        Assert.Equal(expected, page.TotalCount);
        Assert.Equal(expected, page.Items.Count);
    }

    [Theory]
    [InlineData(ArticleSort.Newest, new[] { "Movement cuts ties with Front", "Front seeks alliance", "Front courts movement" })]
    [InlineData(ArticleSort.Oldest, new[] { "Front courts movement", "Front seeks alliance", "Movement cuts ties with Front" })]
    public async Task ArticlesSortByReportTime(ArticleSort sort, string[] expected)
    {
        var store = await StoreWithAllArticlesAsync();

        var page = await store.QueryArticlesAsync(new ArticleQuery(Sort: sort), PageRequest.Default, Token);

        Assert.Equal(expected, page.Items.Select(a => a.Title));
    }
}
