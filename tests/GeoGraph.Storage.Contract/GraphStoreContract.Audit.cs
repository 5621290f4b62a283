using System.Text.Json;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Contract.Support;
using Xunit;

namespace GeoGraph.Storage.Contract;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task TheAuditLogKeepsWhoWhenWhatAndWhyNewestFirst()
    {
        var store = await StoreWithAllArticlesAsync();
        var claim = SampleArticles.ClaimContaining("courting").Id;
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        await store.MergeEntitiesAsync(Ids.NorthernFront, Ids.HarbourBrigade, "ana", "same group", Token);
        await store.AddAliasAsync(Ids.ValleyMovement, "The Valley", "ben", null, Token);
        await store.RetractClaimAsync(claim, "misquoted", "cai", Token);
        var log = await store.QueryAuditLogAsync(new AuditQuery(), PageRequest.Default, Token);

        Assert.Equal(
            [
                (CurationAction.RetractClaim, "cai", claim.Value, (string?)null, (string?)"misquoted"),
                (CurationAction.AddAlias, "ben", Ids.ValleyMovement.Value, "The Valley", null),
                (CurationAction.MergeEntities, "ana", Ids.NorthernFront.Value, Ids.HarbourBrigade.Value, "same group"),
            ],
            log.Items.Select(e => (e.Action, e.Actor, e.Target, e.Subject, e.Reason)));
        Assert.All(log.Items, e => Assert.InRange(e.At, before, DateTimeOffset.UtcNow.AddSeconds(1)));
        Assert.True(log.Items[0].Id > log.Items[2].Id);
    }

    [Fact]
    public async Task AMergesAuditDetailsSayWhatMoved()
    {
        var store = await StoreWithAllArticlesAsync();

        var result = await store.MergeEntitiesAsync(Ids.NorthernFront, Ids.HarbourBrigade, Curator, null, Token);
        var entry = Assert.Single((await store.QueryAuditLogAsync(new AuditQuery(), PageRequest.Default, Token)).Items);

        Assert.Equal(result.AuditId, entry.Id);
        using var details = JsonDocument.Parse(entry.Details);
        Assert.Equal(1, details.RootElement.GetProperty("spokenClaims").GetInt32());
        Assert.Equal(1, details.RootElement.GetProperty("selfRelationsDropped").GetArrayLength());
    }

    [Theory]
    [InlineData("group:valley-movement", null, 1)]
    [InlineData("group:harbour-brigade", null, 1)]
    [InlineData("group:northern-front", CurationAction.MergeEntities, 1)]
    [InlineData("group:northern-front", CurationAction.AddAlias, 0)]
    [InlineData(null, CurationAction.AddAlias, 1)]
    [InlineData(null, null, 2)]
    public async Task TheAuditLogIsFilteredByIdAndAction(string? id, CurationAction? action, int expected)
    {
        var store = await StoreWithAllArticlesAsync();
        await store.MergeEntitiesAsync(Ids.NorthernFront, Ids.HarbourBrigade, Curator, null, Token);
        await store.AddAliasAsync(Ids.ValleyMovement, "The Valley", Curator, null, Token);

        var log = await store.QueryAuditLogAsync(new AuditQuery(id, action), PageRequest.Default, Token);

        Assert.Equal(expected, log.TotalCount);
    }
}
