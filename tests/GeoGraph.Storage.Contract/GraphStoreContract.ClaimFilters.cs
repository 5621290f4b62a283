using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Contract.Support;
using Xunit;

namespace GeoGraph.Storage.Contract;

public abstract partial class GraphStoreContract
{
    // Properties, not fields: the query tables in other partial files read them while initialising.
    private static DateTimeOffset April => new(2025, 4, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, ClaimQuery> ClaimQueries = new()
    {
        ["since April"] = new(Since: April),
        ["until the second article, inclusive"] = new(Until: SampleArticles.SecondDate),
        ["on the second article's date"] = new(Since: SampleArticles.SecondDate, Until: SampleArticles.SecondDate),
        ["spoken by the Coalition itself"] = new(SpeakerId: Ids.Coalition),
        ["spoken by the Coalition or its officials"] = new(Speaker: "Coalition"),
        ["about the Harbour Brigade"] = new(AboutId: Ids.HarbourBrigade),
        ["about the Valley Movement"] = new(AboutId: Ids.ValleyMovement),
        ["reported by Valley Radio"] = new(ReportedBy: "Valley Radio"),
        ["reported by valley radio"] = new(ReportedBy: "valley radio"),
        ["reported by nobody known"] = new(ReportedBy: "Nobody"),
        ["negated"] = new(Negated: true),
        ["affirmative"] = new(Negated: false),
        ["asserting an alliance bid"] = new(RelationType: RelationType.SeeksAllianceWith),
        ["asserting contact"] = new(RelationType: RelationType.InContactWith),
        ["from TEST WIRE"] = new(Outlet: "TEST WIRE"),
        ["from Other Wire"] = new(Outlet: "Other Wire"),
        ["from an unknown outlet"] = new(Outlet: "Nobody News"),
        ["negated since April from Test Wire"] = new(Since: April, Negated: true, Outlet: "Test Wire"),
    };

    [Theory]
    [InlineData("since April", 5)]
    [InlineData("until the second article, inclusive", 6)]
    [InlineData("on the second article's date", 2)]
    [InlineData("spoken by the Coalition itself", 3)]
    [InlineData("spoken by the Coalition or its officials", 4)]
    [InlineData("about the Harbour Brigade", 1)]
    [InlineData("about the Valley Movement", 7)]
    [InlineData("reported by Valley Radio", 1)]
    [InlineData("reported by valley radio", 1)]
    [InlineData("reported by nobody known", 0)]
    [InlineData("negated", 2)]
    [InlineData("affirmative", 7)]
    [InlineData("asserting an alliance bid", 2)]
    [InlineData("asserting contact", 1)]
    [InlineData("from TEST WIRE", 7)]
    [InlineData("from Other Wire", 2)]
    [InlineData("from an unknown outlet", 0)]
    [InlineData("negated since April from Test Wire", 1)]
    public async Task ClaimFiltersMatchByTimeIdsOutletAndRelationType(string filter, int expected)
    {
        var store = await StoreWithAllArticlesAsync();

        var page = await store.QueryClaimsAsync(ClaimQueries[filter], PageRequest.Default, Token);

        Assert.Equal(expected, page.TotalCount);
        Assert.Equal(expected, page.Items.Count);
    }

    [Fact]
    public async Task ClaimsSortOldestFirstWithTheirPlaceInTheArticleAsTiebreak()
    {
        var store = await StoreWithAllArticlesAsync();

        var page = await store.QueryClaimsAsync(new ClaimQuery(Sort: ClaimSort.Oldest), PageRequest.Default, Token);

        var first = SampleArticles.First().Claims.OrderBy(c => c.Span.Start).Select(c => c.Id);
        Assert.Equal(first, page.Items.Take(4).Select(c => c.Id));
        Assert.Equal(page.Items.OrderBy(c => c.ReportedAt).Select(c => c.ReportedAt), page.Items.Select(c => c.ReportedAt));
        Assert.Equal(SampleArticles.ThirdDate, page.Items[^1].ReportedAt);
    }

    [Fact]
    public async Task AnInvertedTimeWindowIsRejected()
    {
        var store = await StoreWithAllArticlesAsync();

        var error = await Assert.ThrowsAsync<InvalidQueryException>(() =>
            store.QueryClaimsAsync(new ClaimQuery(Since: SampleArticles.ThirdDate, Until: SampleArticles.FirstDate), PageRequest.Default, Token));

        Assert.Equal("TIME_WINDOW", error.Code);
    }
}
