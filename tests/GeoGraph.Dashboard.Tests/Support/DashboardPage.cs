using System.Globalization;
using Microsoft.Playwright;

namespace GeoGraph.Dashboard.Tests.Support;

/// <summary>The dashboard in one browser tab: what it shows, and what went wrong in the console or on the network.</summary>
public sealed class DashboardPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _problems = [];

    public DashboardPage(IBrowserContext context, IPage page, Uri origin)
    {
        _context = context;
        Page = page;
        var own = origin.GetLeftPart(UriPartial.Authority);
        page.Console += (_, message) => { if (message.Type == "error") _problems.Add($"console: {message.Text}"); };
        page.PageError += (_, error) => _problems.Add($"page error: {error}");
        page.RequestFailed += (_, request) => _problems.Add($"request failed: {request.Url} {request.Failure}");
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(own, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal) && !request.Url.StartsWith("blob:", StringComparison.Ordinal))
                _problems.Add($"request to another origin: {request.Url}");
        };
    }

    public IPage Page { get; }

    /// <summary>Console errors, uncaught exceptions, failed requests and requests to other origins, in order.</summary>
    public IReadOnlyList<string> Problems => _problems;

    public async Task GoToAsync(string query)
    {
        await Page.GotoAsync("/" + query);
        await WaitReadyAsync();
    }

    /// <summary>Waits until no action of the page is running and the last one succeeded.</summary>
    public async Task WaitReadyAsync()
    {
        await Page.WaitForFunctionAsync("document.body.dataset.state !== 'loading'");
        var state = await Page.GetAttributeAsync("body", "data-state");
        Assert.True(state == "ready", $"The page reports {state}: {await Page.InnerTextAsync("#status")}");
    }

    /// <summary>The entity and relation counts the page shows above the graph.</summary>
    public async Task<(int Nodes, int Edges)> CountsAsync()
    {
        var counts = Page.Locator("#graph-counts");
        return (Number(await counts.GetAttributeAsync("data-nodes")), Number(await counts.GetAttributeAsync("data-edges")));
    }

    /// <summary>Clicks a node or edge where it is drawn on the canvas, as a user would.</summary>
    public async Task ClickGraphElementAsync(string id, int clicks = 1)
    {
        var point = await Page.EvaluateAsync<float[]?>("id => { const p = window.geograph.screenPoint(id); return p && [p.x, p.y]; }", id);
        Assert.True(point is [_, _], $"{id} is not drawn in the graph.");
        await Page.Mouse.ClickAsync(point[0], point[1], new MouseClickOptions { ClickCount = clicks });
        await WaitReadyAsync();
    }

    /// <summary>Enters an API key in the key dialog, as a user would; the page reloads its view with the key's rights.</summary>
    public async Task EnterApiKeyAsync(string key)
    {
        await Page.ClickAsync("#api-key");
        await Page.FillAsync("#key-dialog input[name=key]", key);
        await Page.ClickAsync("#key-dialog button[value=save]");
        await WaitReadyAsync();
    }

    public async Task<string> ScreenshotAsync(string name)
    {
        var path = Screenshots.PathFor(name);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        return path;
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    private static int Number(string? text) => int.Parse(text ?? "-1", CultureInfo.InvariantCulture);
}
