using GeoGraph.Dashboard.Tests.Support;

namespace GeoGraph.Dashboard.Tests.Graph;

public sealed class GraphRenderingTests(DashboardFixture fixture)
{
    [Fact]
    public async Task CentredViewShowsAsManyEntitiesAndRelationsAsTheNetworkQuery()
    {
        var expected = await fixture.Client.ExpectedCountsAsync(Known.AlQaeda);
        await using var page = await fixture.OpenAsync($"?centre={Known.AlQaeda}");

        var shown = await page.CountsAsync();

        await page.ScreenshotAsync("centred-al-qaeda-1280x800");
        Assert.True(expected.Edges > 5, $"The generated corpus should give al-Qaeda a real neighbourhood, not {expected.Edges} relations.");
        Assert.Equal(expected, shown);
    }

    [Fact]
    public async Task StartViewDrawsTheMostConnectedGroups()
    {
        await using var page = await fixture.OpenAsync();

        var shown = await page.CountsAsync();
        var alQaeda = await page.Page.EvaluateAsync<bool>("id => window.geograph.screenPoint(id) !== null", Known.AlQaeda);

        await page.ScreenshotAsync("start-view-1280x800");
        Assert.True(shown.Nodes >= 10 && shown.Edges >= 10, $"The start view shows only {shown}.");
        Assert.True(alQaeda, "al-Qaeda, one of the most connected groups, is not in the start view.");
    }

    [Fact]
    public async Task DoubleClickingAnEntityAddsItsNeighbourhoodWithoutReloading()
    {
        var centre = await fixture.Client.NetworkAsync(Known.AlQaeda);
        var taliban = await fixture.Client.NetworkAsync(Known.Taliban);
        var expected = (centre.Nodes.Union(taliban.Nodes).Count(), centre.Edges.Select(e => e.Key).Union(taliban.Edges.Select(e => e.Key)).Count());
        await using var page = await fixture.OpenAsync($"?centre={Known.AlQaeda}");
        await page.Page.EvaluateAsync("() => { window.notReloaded = true; }");

        await page.ClickGraphElementAsync(Known.Taliban, clicks: 2);

        await page.ScreenshotAsync("expanded-taliban");
        Assert.Equal(expected, await page.CountsAsync());
        Assert.True(await page.Page.EvaluateAsync<bool>("() => window.notReloaded === true"), "The page reloaded to expand.");
        Assert.Contains("expand=group:taliban", page.Page.Url, StringComparison.Ordinal);
    }
}
