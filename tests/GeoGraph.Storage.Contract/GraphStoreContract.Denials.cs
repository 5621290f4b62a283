using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Contract.Support;
using Xunit;

namespace GeoGraph.Storage.Contract;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task ANegatedClaimKeepsTheRelationsItDenies()
    {
        var store = await StoreWithAllArticlesAsync();
        var denial = SampleArticles.ClaimContaining("denied that the Northern Front supports");

        var claim = Assert.Single(await store.GetClaimsAsync([denial.Id], Token));

        Assert.True(claim.Negated);
        Assert.Empty(claim.Relations);
        Assert.Equal([new RelationAssertion(Ids.NorthernFront, RelationType.Supports, Ids.ValleyMovement)], claim.Denied);
    }

    [Fact]
    public async Task AClaimWithoutDenialsReadsBackAnEmptyList()
    {
        var store = await StoreWithAllArticlesAsync();
        var courting = SampleArticles.ClaimContaining("courting");

        var claim = Assert.Single(await store.GetClaimsAsync([courting.Id], Token));

        Assert.NotNull(claim.Denied);
        Assert.Empty(claim.Denied);
    }

    [Fact]
    public async Task ADenialIsNeverEvidenceForTheRelationItDenies()
    {
        var store = await StoreWithAllArticlesAsync();
        var supports = Ids.Key(Ids.NorthernFront, RelationType.Supports, Ids.ValleyMovement);
        var deniedContact = Ids.Key(Ids.ValleyMovement, RelationType.InContactWith, Ids.NorthernFront);

        var relations = await store.GetRelationsAsync([supports, deniedContact], Token);
        var evidence = await store.GetEvidenceAsync([supports, deniedContact], Token);

        Assert.Equal(1, Assert.Single(relations).ClaimCount);
        Assert.Equal(["We think they may be funding the Valley Movement"], evidence[supports].Select(c => c.Text));
        Assert.Empty(evidence[deniedContact]);
    }
}
