using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Contract.Support;
using Xunit;

namespace GeoGraph.Storage.Contract;

public abstract partial class GraphStoreContract
{
    private static readonly Dictionary<string, NetworkQuery> NetworkQueries = new()
    {
        ["attacks only"] = new(Ids.NorthernFront, Types: [RelationType.Attacks]),
        ["since May"] = new(Ids.NorthernFront, Since: new DateTimeOffset(2025, 5, 1, 0, 0, 0, TimeSpan.Zero)),
        ["until March"] = new(Ids.NorthernFront, Until: EndOfMarch),
        ["with two claims"] = new(Ids.NorthernFront, MinClaims: 2),
        ["support without hedged-only"] = new(Ids.NorthernFront, Types: [RelationType.Supports], IncludeHedged: false),
        ["two hops from the brigade since April"] = new(Ids.HarbourBrigade, Depth: 2, Since: April),
        ["two hops from the brigade"] = new(Ids.HarbourBrigade, Depth: 2),
    };

    [Theory]
    [InlineData("attacks only", new[] { "group:northern-front", "group:harbour-brigade" }, 1)]
    [InlineData("since May", new[] { "group:northern-front", "group:valley-movement" }, 2)]
    [InlineData("until March", new[] { "group:northern-front", "group:valley-movement", "province:upper-province" }, 3)]
    [InlineData("with two claims", new[] { "group:northern-front", "group:valley-movement" }, 1)]
    [InlineData("support without hedged-only", new[] { "group:northern-front" }, 0)]
    [InlineData("two hops from the brigade since April", new[] { "group:harbour-brigade", "group:northern-front", "group:valley-movement" }, 4)]
    [InlineData("two hops from the brigade", new[] { "group:harbour-brigade", "group:northern-front", "group:valley-movement", "province:upper-province" }, 6)]
    public async Task ANetworkTraversesOnlyTheRelationsPassingItsFilters(string filter, string[] nodes, int edges)
    {
        var store = await StoreWithAllArticlesAsync();

        var network = await store.GetNetworkAsync(NetworkQueries[filter], Token);

        Assert.Equal(nodes, network.Nodes.Select(n => n.Id.Value));
        Assert.Equal(edges, network.Edges.Count);
        Assert.All(network.Edges, e => Assert.Contains(network.Nodes, n => n.Id == e.From));
        Assert.All(network.Edges, e => Assert.Contains(network.Nodes, n => n.Id == e.To));
    }

    [Fact]
    public async Task NetworkEdgesCountOnlyTheClaimsInTheWindow()
    {
        var store = await StoreWithAllArticlesAsync();

        var network = await store.GetNetworkAsync(new NetworkQuery(Ids.NorthernFront, Until: EndOfMarch), Token);

        var courting = Assert.Single(network.Edges, e => e.Type == RelationType.SeeksAllianceWith);
        Assert.Equal(1, courting.ClaimCount);
        Assert.Equal(SampleArticles.FirstDate, courting.LastReported);
    }

    [Theory]
    [InlineData("minClaims 0", "MIN_CLAIMS")]
    [InlineData("inverted window", "TIME_WINDOW")]
    [InlineData("no types", "TYPES")]
    [InlineData("too many nodes", "MAX_NODES")]
    [InlineData("too many edges", "MAX_EDGES")]
    public async Task ANetworkQueryOutOfRangeIsRejected(string query, string code)
    {
        var store = await StoreWithAllArticlesAsync();
        var bad = query switch
        {
            "minClaims 0" => new NetworkQuery(Ids.NorthernFront, MinClaims: 0),
            "inverted window" => new NetworkQuery(Ids.NorthernFront, Since: SampleArticles.ThirdDate, Until: SampleArticles.FirstDate),
            "no types" => new NetworkQuery(Ids.NorthernFront, Types: []),
            "too many edges" => new NetworkQuery(Ids.NorthernFront, MaxEdges: NetworkQuery.EdgeLimit + 1),
            _ => new NetworkQuery(Ids.NorthernFront, MaxNodes: NetworkQuery.NodeLimit + 1),
        };

        var error = await Assert.ThrowsAsync<InvalidQueryException>(() => store.GetNetworkAsync(bad, Token));

        Assert.Equal(code, error.Code);
    }
}
