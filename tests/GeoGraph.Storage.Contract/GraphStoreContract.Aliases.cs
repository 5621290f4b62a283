using GeoGraph.Core.Storage;
using GeoGraph.Storage.Contract.Support;
using Xunit;

namespace GeoGraph.Storage.Contract;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task AnAddedAliasFindsTheEntityByNameAndBySearch()
    {
        var store = await StoreWithAllArticlesAsync();

        var result = await store.AddAliasAsync(Ids.NorthernFront, "Front of the North", Curator, "local name", Token);

        Assert.True(result.Added);
        Assert.NotNull(result.AuditId);
        Assert.Equal(Ids.NorthernFront, (await store.FindEntityByNameAsync("front of the north", Token))?.Id);
        Assert.Contains("Front of the North", Assert.Single(await store.GetEntitiesAsync([Ids.NorthernFront], Token)).Aliases);
        var hits = await store.SearchAsync(new SearchQuery("north", [SearchHitKind.Entity]), PageRequest.Default, Token);
        Assert.Equal(Ids.NorthernFront.Value, Assert.Single(hits.Items).Id);
    }

    [Theory]
    [InlineData("Front of the North")]
    [InlineData("front of the north")]
    [InlineData("NF")]
    [InlineData("the Northern Front")]
    public async Task AddingAnAliasTheEntityAlreadyHasChangesNothing(string alias)
    {
        var store = await StoreWithAllArticlesAsync();
        await store.AddAliasAsync(Ids.NorthernFront, "Front of the North", Curator, null, Token);

        var again = await store.AddAliasAsync(Ids.NorthernFront, alias, Curator, null, Token);

        Assert.True(again.Succeeded);
        Assert.False(again.Added);
        Assert.Null(again.AuditId);
        Assert.Equal(1, (await store.QueryAuditLogAsync(new AuditQuery(), PageRequest.Default, Token)).TotalCount);
    }

    [Theory]
    [InlineData("group:valley-movement", "NF", Curator, CurationErrorCodes.AliasTaken)]
    [InlineData("group:valley-movement", "the coalition", Curator, CurationErrorCodes.AliasTaken)]
    [InlineData("group:valley-movement", " -- ", Curator, CurationErrorCodes.InvalidAlias)]
    [InlineData("group:nobody", "Somebody", Curator, CurationErrorCodes.NotFound)]
    [InlineData("group:valley-movement", "Valley Front", " ", CurationErrorCodes.ActorRequired)]
    public async Task AnAliasThatCannotBeAddedSaysWhy(string entity, string alias, string actor, string code)
    {
        var store = await StoreWithAllArticlesAsync();

        var result = await store.AddAliasAsync(new Core.Model.EntityId(entity), alias, actor, null, Token);

        Assert.Equal(code, result.Error?.Code);
        Assert.False(result.Added);
        Assert.Equal(Ids.ValleyMovement, (await store.FindEntityByNameAsync("Valley Movement", Token))?.Id);
        Assert.Equal(0, (await store.QueryAuditLogAsync(new AuditQuery(), PageRequest.Default, Token)).TotalCount);
    }
}
