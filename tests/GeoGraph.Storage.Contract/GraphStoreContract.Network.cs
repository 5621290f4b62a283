using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using Xunit;

namespace GeoGraph.Storage.Contract;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task ANetworkOfDepthOneHoldsTheCentreItsNeighboursAndTheRelationsBetweenThem()
    {
        var store = await StoreWithBothArticlesAsync();

        var network = await store.GetNetworkAsync(new NetworkQuery(new EntityId("group:valley-movement")), Token);

        Assert.Equal(["group:valley-movement", "group:northern-front"], network.Nodes.Select(n => n.Id.Value));
        Assert.Equal(2, network.Edges.Count);
        Assert.False(network.Truncated);
    }

    [Fact]
    public async Task ADeeperNetworkReachesFurther()
    {
        var store = await StoreWithBothArticlesAsync();

        var network = await store.GetNetworkAsync(new NetworkQuery(new EntityId("group:valley-movement"), Depth: 2), Token);

        Assert.Equal(
            ["group:harbour-brigade", "group:northern-front", "group:valley-movement", "province:upper-province"],
            network.Nodes.Select(n => n.Id.Value).Order());
        Assert.Equal(4, network.Edges.Count);
        Assert.All(network.Edges, e => Assert.Contains(network.Nodes, n => n.Id == e.From));
    }

    [Fact]
    public async Task ANetworkStopsAtItsNodeBoundAndSaysSo()
    {
        var store = await StoreWithBothArticlesAsync();

        var network = await store.GetNetworkAsync(new NetworkQuery(new EntityId("group:northern-front"), Depth: 1, MaxNodes: 2), Token);

        Assert.Equal(2, network.Nodes.Count);
        Assert.True(network.Truncated);
        Assert.Equal("group:valley-movement", network.Nodes[1].Id.Value);
    }

    [Fact]
    public async Task ANetworkKeepsItsBestSupportedEdgesWithinItsEdgeBoundAndSaysSo()
    {
        var store = await StoreWithBothArticlesAsync();
        var all = await store.GetNetworkAsync(new NetworkQuery(new EntityId("group:northern-front"), Depth: 1), Token);

        var bounded = await store.GetNetworkAsync(new NetworkQuery(new EntityId("group:northern-front"), Depth: 1, MaxEdges: 1), Token);

        Assert.False(all.Truncated);
        Assert.True(all.Edges.Count > 1);
        Assert.Equal(all.Nodes.Select(n => n.Id), bounded.Nodes.Select(n => n.Id));
        Assert.Equal([all.Edges[0]], bounded.Edges);
        Assert.Equal(all.Edges.Max(e => e.ClaimCount), bounded.Edges[0].ClaimCount);
        Assert.True(bounded.Truncated);
    }

    [Fact]
    public async Task TheNetworkOfAnUnknownEntityIsEmpty()
    {
        var store = await StoreWithBothArticlesAsync();

        var network = await store.GetNetworkAsync(new NetworkQuery(new EntityId("group:nobody")), Token);

        Assert.Empty(network.Nodes);
        Assert.Empty(network.Edges);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public async Task ANetworkDepthOutOfRangeIsRejected(int depth)
    {
        var store = await StoreWithBothArticlesAsync();

        var error = await Assert.ThrowsAsync<InvalidQueryException>(() => store.GetNetworkAsync(new NetworkQuery(new EntityId("group:northern-front"), depth), Token));

        Assert.Equal("DEPTH", error.Code);
    }
}
