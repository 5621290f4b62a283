using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Contract.Support;
using Xunit;

namespace GeoGraph.Storage.Contract;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task ContradictionsPairADenialOrAnOppositeWithTheClaimItContradicts()
    {
        var store = await StoreWithAllArticlesAsync();
        var funding = SampleArticles.ClaimContaining("We think");
        var contact = SampleArticles.ClaimContaining("is in contact with");

        var page = await store.GetContradictionsAsync(null, PageRequest.Default, Token);

        Assert.Equal(3, page.TotalCount);
        var pairs = page.Items.Select(c => (c.Kind, c.Asserting.Text, c.Opposing.Text)).OrderBy(p => p.Kind).ThenBy(p => p.Item2, StringComparer.Ordinal).ToList();
        Assert.Equal(
            [
                (ContradictionKind.Denial, funding.Text, "denied that the Northern Front supports the Valley Movement"),
                (ContradictionKind.Denial, contact.Text, "denied any contact with the Northern Front"),
                (ContradictionKind.Opposite, contact.Text, "The Valley Movement has cut ties with the Northern Front"),
            ],
            pairs);
    }

    [Fact]
    public async Task AContradictionNamesBothRelationsAndBothSources()
    {
        var store = await StoreWithAllArticlesAsync();

        var page = await store.GetContradictionsAsync(null, PageRequest.Default, Token);

        var opposite = Assert.Single(page.Items, c => c.Kind == ContradictionKind.Opposite);
        Assert.Equal(new RelationAssertion(Ids.NorthernFront, RelationType.InContactWith, Ids.ValleyMovement), opposite.Asserted);
        Assert.Equal(new RelationAssertion(Ids.ValleyMovement, RelationType.CutTiesWith, Ids.NorthernFront), opposite.Opposed);
        Assert.Equal(SampleArticles.Third().Article.Id, opposite.Opposing.Article);
        var denial = Assert.Single(page.Items, c => c.Asserted.Type == RelationType.Supports);
        Assert.Equal(SampleArticles.First().Article.Id, denial.Asserting.Article);
        Assert.Equal(denial.Asserted, denial.Opposed);
    }

    [Fact]
    public async Task ContradictionsComeNewestFirstThenByClaimIds()
    {
        var store = await StoreWithAllArticlesAsync();

        var page = await store.GetContradictionsAsync(null, PageRequest.Default, Token);
        var next = await store.GetContradictionsAsync(null, new PageRequest(2, page.CursorAt(0)), Token);

        var keys = page.Items.Select(c => (Later: c.Asserting.ReportedAt > c.Opposing.ReportedAt ? c.Asserting.ReportedAt : c.Opposing.ReportedAt, c.Asserting.Id.Value, c.Opposing.Id.Value)).ToList();
        var ordered = keys.OrderByDescending(k => k.Later).ThenBy(k => k.Item2, StringComparer.Ordinal).ThenBy(k => k.Item3, StringComparer.Ordinal);
        Assert.Equal(ordered, keys);
        Assert.Equal(page.Items.Skip(1).Select(c => (c.Asserting.Id, c.Opposing.Id)), next.Items.Select(c => (c.Asserting.Id, c.Opposing.Id)));
    }

    [Theory]
    [InlineData("group:northern-front", 3)]
    [InlineData("group:valley-movement", 3)]
    [InlineData("group:harbour-brigade", 0)]
    [InlineData("group:nobody", 0)]
    public async Task ContradictionsOfAnEntityAreThoseAboutItsRelations(string entity, int expected)
    {
        var store = await StoreWithAllArticlesAsync();

        var page = await store.GetContradictionsAsync(new EntityId(entity), PageRequest.Default, Token);

        Assert.Equal(expected, page.TotalCount);
    }

    [Theory]
    [InlineData(RelationType.InContactWith, false, RelationType.CutTiesWith, true, true)]
    [InlineData(RelationType.CutTiesWith, false, RelationType.InContactWith, false, true)]
    [InlineData(RelationType.AlliedWith, false, RelationType.CutTiesWith, true, true)]
    [InlineData(RelationType.AlliedWith, false, RelationType.Attacks, true, true)]
    [InlineData(RelationType.Supports, false, RelationType.Attacks, false, true)]
    [InlineData(RelationType.Supports, false, RelationType.Attacks, true, false)]
    [InlineData(RelationType.SeeksAllianceWith, false, RelationType.CutTiesWith, false, false)]
    [InlineData(RelationType.Attacks, false, RelationType.Attacks, false, false)]
    [InlineData(RelationType.Supports, true, RelationType.Supports, false, true)]
    [InlineData(RelationType.Supports, true, RelationType.Supports, true, false)]
    [InlineData(RelationType.AlliedWith, true, RelationType.AlliedWith, true, true)]
    [InlineData(RelationType.AlliedWith, true, RelationType.Attacks, false, false)]
    public async Task OppositesAndDenialsRespectDirectionOnlyForDirectedTypes(
        RelationType asserted, bool secondDenies, RelationType second, bool reversed, bool contradicts)
    {
        var store = await NewStoreAsync(Token);
        var relation = reversed ? ("Beta", second, "Alpha") : ("Alpha", second, "Beta");
        var graph = new GraphBuilder("Alpha and Beta, says one. Alpha and Beta, says two.", SampleArticles.FirstDate)
            .Group("Alpha").Group("Beta")
            .Claim("Alpha and Beta, says one", relations: [("Alpha", asserted, "Beta")])
            .Claim("Alpha and Beta, says two", negated: secondDenies, relations: secondDenies ? null : [relation], denied: secondDenies ? [relation] : null)
            .Build();
        await store.ImportAsync(graph, Token);

        var page = await store.GetContradictionsAsync(null, PageRequest.Default, Token);

        Assert.Equal(contradicts ? 1 : 0, page.TotalCount);
    }
}
