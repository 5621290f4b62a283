using GeoGraph.Dashboard.Tests.Support;

namespace GeoGraph.Dashboard.Tests.Graph;

public sealed class PathViewTests(DashboardFixture fixture)
{
    [Fact]
    public async Task PathViewDrawsARouteBetweenTwoChosenEntities()
    {
        await using var page = await fixture.OpenAsync();

        await page.Page.Locator("#path-panel summary").ClickAsync();
        await page.Page.Locator("#path-from").PressSequentiallyAsync("Ansar Dine", new() { Delay = 30 });
        await page.Page.Locator("#path-panel [role=option]:visible").First.ClickAsync();
        await page.Page.Locator("#path-to").PressSequentiallyAsync("Kunar", new() { Delay = 30 });
        await page.Page.Locator("#path-panel [role=option]:visible").First.ClickAsync();
        await page.Page.ClickAsync("#path-form button[type=submit]");
        await page.Page.Locator(".path-result:not(:empty)").WaitForAsync();
        await page.WaitReadyAsync();

        await page.ScreenshotAsync("path-ansar-dine-kunar");
        var shown = await page.CountsAsync();
        Assert.Contains("path=group:ansar-dine,province:kunar", page.Page.Url, StringComparison.Ordinal);
        Assert.True(shown.Edges >= 2 && shown.Nodes == shown.Edges + 1, $"Expected one chain of relations from Ansar Dine to Kunar, got {shown}.");
    }
}
