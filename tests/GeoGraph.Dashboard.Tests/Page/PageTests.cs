using System.Xml.Linq;
using GeoGraph.Dashboard.Tests.Support;

namespace GeoGraph.Dashboard.Tests.Page;

public sealed class PageTests(DashboardFixture fixture)
{
    [Fact]
    public async Task MainFlowsLeaveNoConsoleErrors()
    {
        await using var page = await fixture.OpenAsync($"?centre={Known.AlQaeda}");

        await page.ClickGraphElementAsync(Known.AlQaeda);
        await page.ClickGraphElementAsync(Known.AlQaedaToTaliban);
        await page.Page.Locator("#filter-types input[value=PRESENT_IN]").UncheckAsync();
        await page.WaitReadyAsync();
        await page.ClickGraphElementAsync(Known.Taliban, clicks: 2);
        await page.Page.ClickAsync("#start-view");
        await page.WaitReadyAsync();

        Assert.Empty(page.Problems);
    }

    [Fact]
    public async Task PageAsksNothingOfAnotherOrigin()
    {
        var requests = new List<string>();
        await using var page = await fixture.OpenAsync();
        page.Page.Request += (_, request) => requests.Add(request.Url);

        await page.Page.ReloadAsync();
        await page.WaitReadyAsync();

        Assert.NotEmpty(requests);
        Assert.All(requests, url => Assert.StartsWith(fixture.Server.Address.GetLeftPart(UriPartial.Authority), url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddressRestoresTheSharedView()
    {
        await using var first = await fixture.OpenAsync($"?centre={Known.AlQaeda}");
        await first.Page.Locator("#filter-types input[value=PRESENT_IN]").UncheckAsync();
        await first.WaitReadyAsync();
        await first.ClickGraphElementAsync(Known.AlQaedaToTaliban);
        var shared = new Uri(first.Page.Url).PathAndQuery;

        await using var second = await fixture.OpenAsync(shared.TrimStart('/'));

        Assert.Equal(await first.CountsAsync(), await second.CountsAsync());
        Assert.False(await second.Page.Locator("#filter-types input[value=PRESENT_IN]").IsCheckedAsync());
        Assert.Contains("seeks alliance with", await second.Page.InnerTextAsync("#evidence h2"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NarrowScreenScrollsOnlyDownwards()
    {
        await using var page = await fixture.OpenAsync($"?centre={Known.AlQaeda}", width: 390, height: 844);

        var overflow = await page.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        var graph = await page.Page.Locator("#graph").BoundingBoxAsync();

        await page.ScreenshotAsync("centred-al-qaeda-390x844");
        Assert.Equal(0, overflow);
        Assert.NotNull(graph);
        Assert.True(graph.Width >= 350 && graph.Height >= 300, $"The graph is only {graph.Width}×{graph.Height} on a narrow screen.");
    }

    [Fact]
    public async Task KeyboardAloneOpensAnEntitysEvidence()
    {
        await using var page = await fixture.OpenAsync($"?centre={Known.AlQaeda}");

        await page.Page.Locator("#graph").FocusAsync();
        await page.Page.Keyboard.PressAsync("ArrowRight");
        await page.Page.Keyboard.PressAsync("Enter");
        await page.WaitReadyAsync();

        Assert.Contains("Aliases", await page.Page.InnerTextAsync("#evidence"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GraphMlExportHoldsTheVisibleRelations()
    {
        await using var page = await fixture.OpenAsync($"?centre={Known.AlQaeda}");
        var shown = await page.CountsAsync();

        await page.Page.Locator(".menu summary").ClickAsync();
        var download = await page.Page.RunAndWaitForDownloadAsync(() => page.Page.ClickAsync("#export-graphml"));
        var graphMl = XDocument.Load(await download.PathAsync());

        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        Assert.Equal(shown.Nodes, graphMl.Descendants(ns + "node").Count());
        Assert.Equal(shown.Edges, graphMl.Descendants(ns + "edge").Count());
    }

    [Fact]
    public async Task PngExportIsAnImage()
    {
        await using var page = await fixture.OpenAsync($"?centre={Known.AlQaeda}");

        await page.Page.Locator(".menu summary").ClickAsync();
        var download = await page.Page.RunAndWaitForDownloadAsync(() => page.Page.ClickAsync("#export-png"));
        var header = (await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.Current.CancellationToken))[..8];

        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, header);
    }
}
