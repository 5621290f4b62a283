using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Contract.Support;
using Xunit;

namespace GeoGraph.Storage.Contract;

public abstract partial class GraphStoreContract
{
    private static readonly RelationKey Courting = new(new EntityId("group:northern-front"), RelationType.SeeksAllianceWith, new EntityId("group:valley-movement"));

    [Fact]
    public async Task ARelationAggregatesItsClaimsAcrossArticles()
    {
        var store = await StoreWithBothArticlesAsync();

        var page = await store.QueryRelationsAsync(new RelationQuery(RelationType.SeeksAllianceWith), PageRequest.Default, Token);

        var relation = Assert.Single(page.Items);
        Assert.Equal(Courting, relation.Key);
        Assert.Equal(2, relation.ClaimCount);
        Assert.Equal(0, relation.HedgedCount);
        Assert.Equal(SampleArticles.FirstDate, relation.FirstReported);
        Assert.Equal(SampleArticles.SecondDate, relation.LastReported);
    }

    [Fact]
    public async Task ANegatedClaimAssertsNoRelation()
    {
        var store = await StoreWithBothArticlesAsync();

        var contact = await store.QueryRelationsAsync(new RelationQuery(RelationType.InContactWith), PageRequest.Default, Token);

        Assert.Equal(0, contact.TotalCount);
    }

    [Fact]
    public async Task AHedgedClaimGivesAHedgedRelation()
    {
        var store = await StoreWithBothArticlesAsync();

        var supports = await store.QueryRelationsAsync(new RelationQuery(RelationType.Supports), PageRequest.Default, Token);

        Assert.Equal(1, Assert.Single(supports.Items).HedgedCount);
    }

    [Theory]
    [InlineData("Northern Front", 4)]
    [InlineData("Upper Province", 1)]
    [InlineData("Harbour Brigade", 1)]
    [InlineData("Coalition", 0)]
    [InlineData("Nobody at all", 0)]
    public async Task RelationsAreFoundByAnEntityAtEitherEnd(string entity, int expected)
    {
        var store = await StoreWithBothArticlesAsync();

        var page = await store.QueryRelationsAsync(new RelationQuery(Entity: entity), PageRequest.Default, Token);

        Assert.Equal(expected, page.TotalCount);
        Assert.All(page.Items, r => Assert.True(r.ClaimCount > 0));
    }

    [Fact]
    public async Task RelationsAreRankedByHowManyClaimsSupportThem()
    {
        var store = await StoreWithBothArticlesAsync();

        var page = await store.QueryRelationsAsync(new RelationQuery(), PageRequest.Default, Token);

        Assert.Equal(4, page.TotalCount);
        Assert.Equal(Courting, page.Items[0].Key);
    }

    [Fact]
    public async Task EvidenceListsEachRelationsAssertingClaimsOldestFirst()
    {
        var store = await StoreWithBothArticlesAsync();
        var attack = new RelationKey(new EntityId("group:northern-front"), RelationType.Attacks, new EntityId("group:harbour-brigade"));
        var none = new RelationKey(new EntityId("group:valley-movement"), RelationType.InContactWith, new EntityId("group:northern-front"));

        var evidence = await store.GetEvidenceAsync([Courting, attack, none], Token);

        Assert.Equal(
            ["the Northern Front is courting the Valley Movement", "the Northern Front is seeking an alliance with the Valley Movement"],
            evidence[Courting].Select(c => c.Text));
        Assert.Equal(ClaimForm.AccordingTo, evidence[Courting][1].Form);
        Assert.Single(evidence[attack]);
        Assert.Empty(evidence[none]);
    }

    [Fact]
    public async Task RelationsAreFetchedByKeyAndUnknownKeysAreLeftOut()
    {
        var store = await StoreWithBothArticlesAsync();
        var denied = new RelationKey(new EntityId("group:valley-movement"), RelationType.InContactWith, new EntityId("group:northern-front"));

        var relations = await store.GetRelationsAsync([Courting, denied], Token);

        Assert.Equal(2, Assert.Single(relations).ClaimCount);
    }

    [Fact]
    public async Task ClaimsCanBeFilteredByTheRelationTheyAssert()
    {
        var store = await StoreWithBothArticlesAsync();

        var page = await store.QueryClaimsAsync(new ClaimQuery(Relation: Courting), PageRequest.Default, Token);

        Assert.Equal(2, page.TotalCount);
    }
}
