using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Contract.Support;
using Xunit;

namespace GeoGraph.Storage.Contract;

public abstract partial class GraphStoreContract
{
    private const string Curator = "curator@example.org";

    [Fact]
    public async Task AMergeReportsWhatMovedAndDropsTheSelfRelationsItCreates()
    {
        var store = await StoreWithAllArticlesAsync();

        var result = await store.MergeEntitiesAsync(Ids.NorthernFront, Ids.HarbourBrigade, Curator, "same group", Token);

        Assert.True(result.Succeeded);
        var summary = result.Summary!;
        Assert.Equal((1, 0, 1, 1, 0, 1, 0), (summary.SpokenClaims, summary.ReportedClaims, summary.ClaimRoles, summary.Assertions, summary.Denials, summary.Aliases, summary.Affiliations));
        Assert.Equal([Ids.Key(Ids.NorthernFront, RelationType.Attacks, Ids.NorthernFront)], summary.SelfRelationsDropped);
        Assert.Equal(5, (await store.GetStatsAsync(Token)).Relations);
        Assert.Equal(9, (await store.GetStatsAsync(Token)).Entities);
    }

    [Fact]
    public async Task AfterAMergeTheKeptEntityHoldsTheClaimsAndNamesOfTheMergedOne()
    {
        var store = await StoreWithAllArticlesAsync();
        var attack = SampleArticles.ClaimContaining("attacked the Harbour Brigade");
        var denial = SampleArticles.ClaimContaining("denied that the Northern Front supports");

        await store.MergeEntitiesAsync(Ids.NorthernFront, Ids.HarbourBrigade, Curator, null, Token);

        Assert.Empty(await store.GetEntitiesAsync([Ids.HarbourBrigade], Token));
        Assert.Equal(Ids.NorthernFront, (await store.FindEntityByNameAsync("Harbour Brigade", Token))?.Id);
        var claims = (await store.GetClaimsAsync([attack.Id, denial.Id], Token)).ToDictionary(c => c.Id);
        Assert.Equal([Ids.NorthernFront], claims[attack.Id].About);
        Assert.Empty(claims[attack.Id].Relations);
        Assert.Equal(Ids.NorthernFront, claims[denial.Id].Speaker);
        Assert.Equal(9, (await store.GetEntityClaimsAsync([Ids.NorthernFront], EntityClaimRole.Mentioned, new ClaimQuery(), PageRequest.Default, Token))[Ids.NorthernFront].TotalCount);
        var search = await store.SearchAsync(new SearchQuery("harbour", [SearchHitKind.Entity]), PageRequest.Default, Token);
        Assert.Equal(Ids.NorthernFront.Value, Assert.Single(search.Items).Id);
    }

    [Fact]
    public async Task AMergeCombinesRelationsThatNowShareAKey()
    {
        var store = await NewStoreAsync(Token);
        var graph = new GraphBuilder("The Front attacked the Brigade. The Front attacked the Harbour Men.", SampleArticles.FirstDate)
            .Group("Front").Group("Brigade").Group("Harbour Men")
            .Claim("The Front attacked the Brigade", relations: [("Front", RelationType.Attacks, "Brigade")])
            .Claim("The Front attacked the Harbour Men", relations: [("Front", RelationType.Attacks, "Harbour Men")])
            .Build();
        await store.ImportAsync(graph, Token);

        var result = await store.MergeEntitiesAsync(new EntityId("group:brigade"), new EntityId("group:harbour-men"), Curator, null, Token);

        Assert.Equal(2, result.Summary!.RelationsRecomputed);
        var relation = Assert.Single((await store.QueryRelationsAsync(new RelationQuery(), PageRequest.Default, Token)).Items);
        Assert.Equal((new EntityId("group:brigade"), 2), (relation.To, relation.ClaimCount));
    }

    [Fact]
    public async Task AMergeRepointsAffiliationsAndFillsMissingAttributes()
    {
        var store = await StoreWithAllArticlesAsync();

        var result = await store.MergeEntitiesAsync(Ids.ValleyRadio, Ids.Coalition, Curator, null, Token);

        Assert.Equal((1, 2), (result.Summary!.Affiliations, result.Summary.Aliases));
        var official = Assert.IsType<Official>(Assert.Single(await store.GetEntitiesAsync([Ids.AminaReyes], Token)));
        Assert.Equal(Ids.ValleyRadio, official.Organisation);
        var kept = Assert.IsType<Organisation>(Assert.Single(await store.GetEntitiesAsync([Ids.ValleyRadio], Token)));
        Assert.Equal("news outlet", kept.Category);
        Assert.Equal(4, (await store.QueryClaimsAsync(new ClaimQuery(Speaker: "Valley Radio"), PageRequest.Default, Token)).TotalCount);
    }

    [Fact]
    public async Task AMergeMovesDenialsSoContradictionsFollowTheKeptEntity()
    {
        var store = await StoreWithAllArticlesAsync();

        var result = await store.MergeEntitiesAsync(Ids.HarbourBrigade, Ids.ValleyMovement, Curator, null, Token);

        Assert.Equal(2, result.Summary!.Denials);
        // The three contradictions move with the Movement; funding the Brigade now also opposes attacking it.
        Assert.Equal(4, (await store.GetContradictionsAsync(Ids.HarbourBrigade, PageRequest.Default, Token)).TotalCount);
        Assert.Equal(0, (await store.GetContradictionsAsync(Ids.ValleyMovement, PageRequest.Default, Token)).TotalCount);
    }

    [Theory]
    [InlineData("group:northern-front", "group:northern-front", CurationErrorCodes.SameEntity)]
    [InlineData("group:northern-front", "group:nobody", CurationErrorCodes.NotFound)]
    [InlineData("group:nobody", "group:northern-front", CurationErrorCodes.NotFound)]
    [InlineData("group:northern-front", "org:coalition", CurationErrorCodes.KindsDiffer)]
    [InlineData("province:upper-province", "country:testland", CurationErrorCodes.KindsDiffer)]
    public async Task AMergeThatCannotHappenSaysWhyAndChangesNothing(string keep, string merge, string code)
    {
        var store = await StoreWithAllArticlesAsync();
        var before = await store.GetStatsAsync(Token);

        var result = await store.MergeEntitiesAsync(new EntityId(keep), new EntityId(merge), Curator, null, Token);

        Assert.False(result.Succeeded);
        Assert.Equal(code, result.Error!.Code);
        Assert.Null(result.Summary);
        Assert.Equal(before, await store.GetStatsAsync(Token));
        Assert.Equal(0, (await store.QueryAuditLogAsync(new AuditQuery(), PageRequest.Default, Token)).TotalCount);
    }
}
