using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Contract.Support;
using Xunit;

namespace GeoGraph.Storage.Contract;

public abstract partial class GraphStoreContract
{
    private static DateTimeOffset EndOfMarch => new(2025, 3, 31, 23, 59, 59, TimeSpan.Zero);

    private static readonly Dictionary<string, RelationQuery> RelationQueries = new()
    {
        ["of two types"] = new(Types: [RelationType.SeeksAllianceWith, RelationType.Attacks]),
        ["of a type within types"] = new(RelationType.Supports, Types: [RelationType.Supports, RelationType.Attacks]),
        ["of a type outside types"] = new(RelationType.Supports, Types: [RelationType.Attacks]),
        ["from the Northern Front"] = new(From: "Northern Front"),
        ["to the Northern Front"] = new(To: "NF"),
        ["from and to"] = new(From: "Valley Movement", To: "group:northern-front"),
        ["from nobody known"] = new(From: "Nobody"),
        ["with the Valley Movement"] = new(Entity: "Valley Movement"),
        ["with two claims"] = new(MinClaims: 2),
        ["since April"] = new(Since: April),
        ["until March"] = new(Until: EndOfMarch),
        ["since April with two claims"] = new(Since: April, MinClaims: 2),
        ["without hedged-only"] = new(IncludeHedged: false),
        ["hedged only"] = new(HedgedOnly: true),
    };

    [Theory]
    [InlineData("of two types", 2)]
    [InlineData("of a type within types", 1)]
    [InlineData("of a type outside types", 0)]
    [InlineData("from the Northern Front", 5)]
    [InlineData("to the Northern Front", 1)]
    [InlineData("from and to", 1)]
    [InlineData("from nobody known", 0)]
    [InlineData("with the Valley Movement", 4)]
    [InlineData("with two claims", 1)]
    [InlineData("since April", 4)]
    [InlineData("until March", 3)]
    [InlineData("since April with two claims", 0)]
    [InlineData("without hedged-only", 5)]
    [InlineData("hedged only", 1)]
    public async Task RelationFiltersMatchByTypeEndsSupportTimeAndHedging(string filter, int expected)
    {
        var store = await StoreWithAllArticlesAsync();

        var page = await store.QueryRelationsAsync(RelationQueries[filter], PageRequest.Default, Token);

        Assert.Equal(expected, page.TotalCount);
        Assert.Equal(expected, page.Items.Count);
    }

    [Fact]
    public async Task ATimeWindowReaggregatesEachRelationOverItsEvidenceInTheWindow()
    {
        var store = await StoreWithAllArticlesAsync();

        var since = await store.QueryRelationsAsync(new RelationQuery(RelationType.SeeksAllianceWith, Since: April), PageRequest.Default, Token);
        var until = await store.QueryRelationsAsync(new RelationQuery(RelationType.SeeksAllianceWith, Until: EndOfMarch), PageRequest.Default, Token);

        var late = Assert.Single(since.Items);
        Assert.Equal(1, late.ClaimCount);
        Assert.Equal(SampleArticles.SecondDate, late.FirstReported);
        var early = Assert.Single(until.Items);
        Assert.Equal(1, early.ClaimCount);
        Assert.Equal(SampleArticles.FirstDate, early.LastReported);
    }

    [Theory]
    [InlineData(RelationSort.LastReported, new[] { "IN_CONTACT_WITH", "CUT_TIES_WITH", "ATTACKS", "SEEKS_ALLIANCE_WITH", "PRESENT_IN", "SUPPORTS" })]
    [InlineData(RelationSort.FirstReported, new[] { "PRESENT_IN", "SEEKS_ALLIANCE_WITH", "SUPPORTS", "ATTACKS", "IN_CONTACT_WITH", "CUT_TIES_WITH" })]
    [InlineData(RelationSort.ClaimCount, new[] { "SEEKS_ALLIANCE_WITH", "ATTACKS", "IN_CONTACT_WITH", "PRESENT_IN", "SUPPORTS", "CUT_TIES_WITH" })]
    public async Task RelationsSortByRecencyOrSupportWithTheKeyAsTiebreak(RelationSort sort, string[] expected)
    {
        var store = await StoreWithAllArticlesAsync();

        var page = await store.QueryRelationsAsync(new RelationQuery(Sort: sort), PageRequest.Default, Token);

        Assert.Equal(expected, page.Items.Select(r => r.Type.Name()));
    }

    [Theory]
    [InlineData("minClaims 0", "MIN_CLAIMS")]
    [InlineData("inverted window", "TIME_WINDOW")]
    [InlineData("no types", "TYPES")]
    [InlineData("hedged only but excluded", "HEDGE_FILTER")]
    public async Task ARelationQueryOutOfRangeIsRejected(string query, string code)
    {
        var store = await StoreWithAllArticlesAsync();
        var bad = query switch
        {
            "minClaims 0" => new RelationQuery(MinClaims: 0),
            "inverted window" => new RelationQuery(Since: SampleArticles.ThirdDate, Until: SampleArticles.FirstDate),
            "no types" => new RelationQuery(Types: []),
            _ => new RelationQuery(IncludeHedged: false, HedgedOnly: true),
        };

        var error = await Assert.ThrowsAsync<InvalidQueryException>(() => store.QueryRelationsAsync(bad, PageRequest.Default, Token));

        Assert.Equal(code, error.Code);
    }
}
