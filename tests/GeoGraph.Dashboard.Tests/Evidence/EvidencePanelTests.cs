using GeoGraph.Dashboard.Tests.Support;

namespace GeoGraph.Dashboard.Tests.Evidence;

public sealed class EvidencePanelTests(DashboardFixture fixture)
{
    [Fact]
    public async Task ClickingTheAlQaedaToTalibanEdgeShowsItsClaimsWithTheNatoSpeaker()
    {
        var relation = (await fixture.Client.NetworkAsync(Known.AlQaeda)).Edges.Single(e => e.Key == Known.AlQaedaToTaliban);
        await using var page = await fixture.OpenAsync($"?centre={Known.AlQaeda}");

        await page.ClickGraphElementAsync(Known.AlQaedaToTaliban);

        await page.ScreenshotAsync("evidence-al-qaeda-taliban");
        var speakers = await page.Page.Locator("#evidence .claim .speaker").AllInnerTextsAsync();
        Assert.Equal(Math.Min(relation.ClaimCount, 30), speakers.Count);
        Assert.Contains(speakers, s => s.Contains("NATO", StringComparison.Ordinal));
        Assert.Contains("seeks alliance with", await page.Page.InnerTextAsync("#evidence h2"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClickingAnEntityShowsItsAliases()
    {
        await using var page = await fixture.OpenAsync($"?centre={Known.AlQaeda}");

        await page.ClickGraphElementAsync(Known.AlQaeda);

        await page.ScreenshotAsync("evidence-entity-al-qaeda");
        var facts = await page.Page.InnerTextAsync("#evidence .facts");
        Assert.Contains("AQ", facts, StringComparison.Ordinal);
        Assert.Contains("Claims about al-Qaeda", await page.Page.InnerTextAsync("#evidence"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArticleLinkShowsTheArticleWithTheClaimHighlighted()
    {
        await using var page = await fixture.OpenAsync($"?centre={Known.AlQaeda}");
        await page.ClickGraphElementAsync(Known.AlQaedaToTaliban);
        var claim = await page.Page.Locator("#evidence .claim blockquote").First.InnerTextAsync();

        await page.Page.Locator("#evidence .claim a").First.ClickAsync();
        await page.WaitReadyAsync();

        await page.ScreenshotAsync("article-with-span");
        Assert.True(await page.Page.Locator("#article-dialog").IsVisibleAsync(), "The article dialog did not open.");
        Assert.Equal(claim.Trim('“', '”'), await page.Page.InnerTextAsync("#article-dialog mark"));
    }

    [Fact]
    public async Task SearchSuggestsAnEntityByAliasAndCentresOnIt()
    {
        var expected = await fixture.Client.ExpectedCountsAsync("group:hay-at-tahrir-al-sham");
        await using var page = await fixture.OpenAsync();

        await page.Page.Locator("#search").PressSequentiallyAsync("HTS", new() { Delay = 30 });
        await page.Page.Locator(".search [role=option]").First.WaitForAsync();
        var suggestion = await page.Page.Locator(".search [role=option]").First.InnerTextAsync();
        await page.Page.Locator("#search").PressAsync("Enter");
        await page.WaitReadyAsync();

        Assert.Contains("Hay'at Tahrir al-Sham", suggestion, StringComparison.Ordinal);
        Assert.Contains("centre=group:hay-at-tahrir-al-sham", page.Page.Url, StringComparison.Ordinal);
        Assert.Equal(expected, await page.CountsAsync());
    }
}
