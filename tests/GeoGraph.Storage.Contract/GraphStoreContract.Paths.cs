using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Contract.Support;
using Xunit;

namespace GeoGraph.Storage.Contract;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task APathWalksRelationsInEitherDirectionAndListsItsNodesInOrder()
    {
        var store = await StoreWithAllArticlesAsync();

        var paths = await store.GetPathsAsync(new PathQuery(Ids.UpperProvince, Ids.HarbourBrigade), Token);

        var path = Assert.Single(paths);
        Assert.Equal([Ids.UpperProvince, Ids.NorthernFront, Ids.HarbourBrigade], path.Nodes);
        Assert.Equal([RelationType.PresentIn, RelationType.Attacks], path.Steps.Select(s => s.Type));
        Assert.Equal(Ids.NorthernFront, path.Steps[0].From);
    }

    [Fact]
    public async Task AllShortestPathsComeStrongestStepFirstThenByRelationKey()
    {
        var store = await StoreWithAllArticlesAsync();

        var paths = await store.GetPathsAsync(new PathQuery(Ids.ValleyMovement, Ids.HarbourBrigade), Token);

        Assert.Equal(
            ["SEEKS_ALLIANCE_WITH ATTACKS", "IN_CONTACT_WITH ATTACKS", "SUPPORTS ATTACKS", "CUT_TIES_WITH ATTACKS"],
            paths.Select(p => string.Join(' ', p.Steps.Select(s => s.Type.Name()))));
        Assert.All(paths, p => Assert.Equal([Ids.ValleyMovement, Ids.NorthernFront, Ids.HarbourBrigade], p.Nodes));
    }

    [Fact]
    public async Task OnlyTheShortestPathsAreReturned()
    {
        var store = await StoreWithAllArticlesAsync();

        var paths = await store.GetPathsAsync(new PathQuery(Ids.NorthernFront, Ids.HarbourBrigade), Token);

        var path = Assert.Single(paths);
        Assert.Equal(RelationType.Attacks, Assert.Single(path.Steps).Type);
    }

    [Theory]
    [InlineData("bounded to two", 2)]
    [InlineData("one hop is too few", 0)]
    [InlineData("to an entity with no relations", 0)]
    [InlineData("from an unknown entity", 0)]
    [InlineData("to itself", 0)]
    [InlineData("over attacks and presence", 1)]
    [InlineData("over attacks alone", 0)]
    [InlineData("since May", 0)]
    [InlineData("with two claims", 0)]
    [InlineData("without hedged-only, over support and attacks", 0)]
    public async Task PathsAreBoundedAndFiltered(string query, int expected)
    {
        var store = await StoreWithAllArticlesAsync();
        var pathQuery = query switch
        {
            "bounded to two" => new PathQuery(Ids.ValleyMovement, Ids.HarbourBrigade, MaxPaths: 2),
            "one hop is too few" => new PathQuery(Ids.ValleyMovement, Ids.HarbourBrigade, MaxHops: 1),
            "to an entity with no relations" => new PathQuery(Ids.ValleyMovement, Ids.Testland),
            "from an unknown entity" => new PathQuery(Ids.Nobody, Ids.NorthernFront),
            "to itself" => new PathQuery(Ids.NorthernFront, Ids.NorthernFront),
            "over attacks and presence" => new PathQuery(Ids.UpperProvince, Ids.HarbourBrigade, Types: [RelationType.Attacks, RelationType.PresentIn]),
            "over attacks alone" => new PathQuery(Ids.UpperProvince, Ids.HarbourBrigade, Types: [RelationType.Attacks]),
            "since May" => new PathQuery(Ids.ValleyMovement, Ids.HarbourBrigade, Since: new DateTimeOffset(2025, 5, 1, 0, 0, 0, TimeSpan.Zero)),
            "with two claims" => new PathQuery(Ids.ValleyMovement, Ids.HarbourBrigade, MinClaims: 2),
            _ => new PathQuery(Ids.ValleyMovement, Ids.HarbourBrigade, Types: [RelationType.Supports, RelationType.Attacks], IncludeHedged: false),
        };

        var paths = await store.GetPathsAsync(pathQuery, Token);

        Assert.Equal(expected, paths.Count);
    }

    [Theory]
    [InlineData(0, 10, "MAX_HOPS")]
    [InlineData(5, 10, "MAX_HOPS")]
    [InlineData(4, 0, "MAX_PATHS")]
    [InlineData(4, 11, "MAX_PATHS")]
    public async Task APathQueryOutOfRangeIsRejected(int maxHops, int maxPaths, string code)
    {
        var store = await StoreWithAllArticlesAsync();

        var error = await Assert.ThrowsAsync<InvalidQueryException>(() =>
            store.GetPathsAsync(new PathQuery(Ids.ValleyMovement, Ids.HarbourBrigade, maxHops, maxPaths), Token));

        Assert.Equal(code, error.Code);
    }
}
