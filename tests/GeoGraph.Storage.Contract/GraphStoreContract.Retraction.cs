using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Contract.Support;
using Xunit;

namespace GeoGraph.Storage.Contract;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task ARetractedClaimIsHiddenFromEveryRead()
    {
        var store = await StoreWithAllArticlesAsync();
        var seeking = SampleArticles.ClaimContaining("seeking an alliance");

        var result = await store.RetractClaimAsync(seeking.Id, "misquoted", Curator, Token);

        Assert.True(result.Retracted);
        Assert.Empty(await store.GetClaimsAsync([seeking.Id], Token));
        Assert.Equal(8, (await store.QueryClaimsAsync(new ClaimQuery(), PageRequest.Default, Token)).TotalCount);
        Assert.Equal(8, (await store.GetStatsAsync(Token)).Claims);
        Assert.Equal(0, (await store.SearchAsync(new SearchQuery("seeking"), PageRequest.Default, Token)).TotalCount);
        Assert.Single((await store.GetEvidenceAsync([Courting], Token))[Courting]);
        Assert.Equal(2, (await store.GetEntityClaimsAsync([Ids.Coalition], EntityClaimRole.Speaker, new ClaimQuery(), PageRequest.Default, Token))[Ids.Coalition].TotalCount);
        Assert.Equal([4, 1, 3], (await store.GetTimelineAsync(new TimelineQuery(Ids.NorthernFront), Token)).Select(b => b.Mentions));
        Assert.Equal(1, Assert.Single((await store.GetRelationSpeakersAsync([Courting], Token))[Courting]).Claims);
    }

    [Fact]
    public async Task RetractingAClaimReaggregatesTheRelationsItSupported()
    {
        var store = await StoreWithAllArticlesAsync();

        var result = await store.RetractClaimAsync(SampleArticles.ClaimContaining("seeking an alliance").Id, "misquoted", Curator, Token);

        Assert.Equal(1, result.RelationsRecomputed);
        var relation = Assert.Single(await store.GetRelationsAsync([Courting], Token));
        Assert.Equal(1, relation.ClaimCount);
        Assert.Equal(SampleArticles.FirstDate, relation.LastReported);
    }

    [Fact]
    public async Task RetractingTheOnlyEvidenceRemovesTheRelationAndItsContradictions()
    {
        var store = await StoreWithAllArticlesAsync();

        await store.RetractClaimAsync(SampleArticles.ClaimContaining("cut ties").Id, "duplicate", Curator, Token);

        Assert.Equal(5, (await store.GetStatsAsync(Token)).Relations);
        Assert.Equal(2, (await store.GetContradictionsAsync(null, PageRequest.Default, Token)).TotalCount);
        Assert.Empty((await store.GetNetworkAsync(new NetworkQuery(Ids.NorthernFront, Types: [RelationType.CutTiesWith]), Token)).Edges);
    }

    [Fact]
    public async Task RetractingTwiceChangesNothingTheSecondTime()
    {
        var store = await StoreWithAllArticlesAsync();
        var claim = SampleArticles.ClaimContaining("courting").Id;
        await store.RetractClaimAsync(claim, "misquoted", Curator, Token);

        var again = await store.RetractClaimAsync(claim, "misquoted", Curator, Token);

        Assert.True(again.Succeeded);
        Assert.False(again.Retracted);
        Assert.Null(again.AuditId);
        Assert.Equal(1, (await store.QueryAuditLogAsync(new AuditQuery(), PageRequest.Default, Token)).TotalCount);
    }

    [Theory]
    [InlineData("nope:0", "misquoted", Curator, CurationErrorCodes.NotFound)]
    [InlineData(null, " ", Curator, CurationErrorCodes.ReasonRequired)]
    [InlineData(null, "misquoted", "", CurationErrorCodes.ActorRequired)]
    public async Task ARetractionThatCannotHappenSaysWhy(string? claim, string reason, string actor, string code)
    {
        var store = await StoreWithAllArticlesAsync();
        var id = claim is null ? SampleArticles.ClaimContaining("courting").Id : new ClaimId(claim);

        var result = await store.RetractClaimAsync(id, reason, actor, Token);

        Assert.Equal(code, result.Error?.Code);
        Assert.Equal(9, (await store.GetStatsAsync(Token)).Claims);
    }
}
