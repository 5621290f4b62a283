using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Contract.Support;
using Xunit;

namespace GeoGraph.Storage.Contract;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task EveryIdTheStoreIssuesIsRecognisedAndFetchedByItsKind()
    {
        var store = await StoreWithAllArticlesAsync();
        var claim = (await store.QueryClaimsAsync(new ClaimQuery(), new PageRequest(1), Token)).Items[0];
        var article = (await store.QueryArticlesAsync(new ArticleQuery(), new PageRequest(1), Token)).Items[0];
        var entity = (await store.QueryEntitiesAsync(new EntityQuery(), new PageRequest(1), Token)).Items[0];

        Assert.True(NodeId.TryParse(claim.Id.Value, out var claimNode));
        Assert.True(NodeId.TryParse(article.Id.Value, out var articleNode));
        Assert.True(NodeId.TryParse(entity.Id.Value, out var entityNode));

        Assert.Equal(NodeKind.Claim, claimNode.Kind);
        Assert.Equal(NodeKind.Article, articleNode.Kind);
        Assert.Equal(NodeKind.Entity, entityNode.Kind);
        Assert.Single(await store.GetClaimsAsync([claimNode.Claim!.Value], Token));
        Assert.Single(await store.GetArticlesAsync([articleNode.Article!.Value], Token));
        Assert.Single(await store.GetEntitiesAsync([entityNode.Entity!.Value], Token));
    }

    [Theory]
    [InlineData("")]
    [InlineData("nope")]
    [InlineData("group:")]
    [InlineData("planet:mars")]
    [InlineData("0123456789abcdef0123456789ABCDEF")]
    [InlineData("0123456789abcdef0123456789abcdef:")]
    [InlineData("0123456789abcdef0123456789abcdef:-1")]
    [InlineData("0123456789abcdef:12")]
    public void AnIdOfNoKnownShapeIsNotANode(string id)
    {
        Assert.False(NodeId.TryParse(id, out _));
    }
}
