using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Contract.Support;
using Xunit;

namespace GeoGraph.Storage.Contract;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task AClaimKeepsItsSpanSpeakerRolesAndRelations()
    {
        var store = await StoreWithBothArticlesAsync();
        var expected = SampleArticles.First().Claims[1];

        var claim = Assert.Single(await store.GetClaimsAsync([expected.Id], Token));

        Assert.Equal(expected.Text, claim.Text);
        Assert.Equal(expected.Span, claim.Span);
        Assert.Equal(SampleArticles.FirstBody.Substring(claim.Span.Start, claim.Span.Length), claim.Text);
        Assert.Equal(new EntityId("official:amina-reyes"), claim.Speaker);
        Assert.Equal([new EntityId("group:northern-front")], claim.About);
        Assert.Equal([new EntityId("province:upper-province")], claim.Places);
        Assert.Equal([new RelationAssertion(new EntityId("group:northern-front"), RelationType.PresentIn, new EntityId("province:upper-province"))], claim.Relations);
        Assert.Equal(SampleArticles.FirstDate, claim.ReportedAt);
    }

    [Fact]
    public async Task ClaimsAreListedNewestReportFirst()
    {
        var store = await StoreWithBothArticlesAsync();

        var page = await store.QueryClaimsAsync(new ClaimQuery(), PageRequest.Default, Token);

        Assert.Equal(6, page.TotalCount);
        Assert.Equal(page.Items.OrderByDescending(c => c.ReportedAt).Select(c => c.ReportedAt), page.Items.Select(c => c.ReportedAt));
    }

    [Theory]
    [InlineData("Coalition", 4)]
    [InlineData("coalition forces", 4)]
    [InlineData("Amina Reyes", 1)]
    [InlineData("Interior Ministry", 1)]
    [InlineData("Nobody", 0)]
    public async Task TheSpeakerFilterFindsAnEntitysClaimsAndThoseOfItsOfficials(string speaker, int expected)
    {
        var store = await StoreWithBothArticlesAsync();

        var page = await store.QueryClaimsAsync(new ClaimQuery(Speaker: speaker), PageRequest.Default, Token);

        Assert.Equal(expected, page.TotalCount);
        Assert.Equal(expected, page.Items.Count);
    }

    [Theory]
    [InlineData("Harbour Brigade", null, 1)]
    [InlineData("Valley Movement", null, 4)]
    [InlineData(null, "Upper Province", 1)]
    [InlineData(null, "Uppa", 1)]
    [InlineData(null, "Testland", 2)]
    public async Task AboutAndPlaceFiltersMatchByName(string? about, string? place, int expected)
    {
        var store = await StoreWithBothArticlesAsync();

        var page = await store.QueryClaimsAsync(new ClaimQuery(About: about, Place: place), PageRequest.Default, Token);

        Assert.Equal(expected, page.TotalCount);
    }

    [Fact]
    public async Task FormHedgedAndArticleFiltersCombine()
    {
        var store = await StoreWithBothArticlesAsync();
        var first = SampleArticles.First().Article.Id;

        var quotes = await store.QueryClaimsAsync(new ClaimQuery(Form: ClaimForm.DirectQuote), PageRequest.Default, Token);
        var hedged = await store.QueryClaimsAsync(new ClaimQuery(Hedged: true), PageRequest.Default, Token);
        var inFirstNotHedged = await store.QueryClaimsAsync(new ClaimQuery(Article: first, Hedged: false), PageRequest.Default, Token);
        var accordingTo = await store.QueryClaimsAsync(new ClaimQuery(Form: ClaimForm.AccordingTo, Article: first), PageRequest.Default, Token);

        Assert.Equal("We think they may be funding the Valley Movement", Assert.Single(quotes.Items).Text);
        Assert.Single(hedged.Items);
        Assert.Equal(3, inFirstNotHedged.TotalCount);
        Assert.Equal(0, accordingTo.TotalCount);
    }

    [Theory]
    [InlineData("courting", 1)]
    [InlineData("Northern Front alliance", 1)]
    [InlineData("funding", 1)]
    [InlineData("Valley", 3)]
    [InlineData("nonexistentword", 0)]
    [InlineData("\"unbalanced", 0)]
    [InlineData("NEAR(front valley)", 0)]
    [InlineData("text: OR * AND ^", 0)]
    [InlineData("'; DROP TABLE claims; --", 0)]
    [InlineData("   ", 0)]
    public async Task TextSearchMatchesAllWordsAndReadsOperatorsAsPlainWords(string text, int expected)
    {
        var store = await StoreWithBothArticlesAsync();

        var page = await store.QueryClaimsAsync(new ClaimQuery(Text: text), PageRequest.Default, Token);

        Assert.Equal(expected, page.TotalCount);
        Assert.Equal(6, (await store.GetStatsAsync(Token)).Claims);
    }

    [Fact]
    public async Task AnUnknownClaimIdFindsNothing()
    {
        var store = await StoreWithBothArticlesAsync();

        Assert.Empty(await store.GetClaimsAsync([new ClaimId("nope:0")], Token));
    }
}
