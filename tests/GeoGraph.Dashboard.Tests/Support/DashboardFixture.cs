using System.Security.Cryptography;
using System.Text;
using Microsoft.Playwright;

namespace GeoGraph.Dashboard.Tests.Support;

/// <summary>
/// One service (seed plus 300 generated articles) and one browser, shared by every test of the assembly.
/// Callers without a key read; importing needs <see cref="ImporterKey"/>, made up for this run only.
/// </summary>
public class DashboardFixture : IAsyncLifetime
{
    public const int GeneratedArticles = 300;

    private GeoGraphServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string ImporterKey { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    public GeoGraphServer Server => _server ?? throw new InvalidOperationException("The service has not started.");

    public GraphQLClient Client => Server.Client;

    /// <summary>A fresh page (own storage, own console log) at the given width and height.</summary>
    public async Task<DashboardPage> OpenAsync(string query = "", int width = 1280, int height = 800)
    {
        _browser ??= await LaunchAsync();
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BaseURL = Server.Address.ToString(),
            AcceptDownloads = true,
        });
        var page = new DashboardPage(context, await context.NewPageAsync(), Server.Address);
        await page.GoToAsync(query);
        return page;
    }

    private async Task<IBrowser> LaunchAsync()
    {
        (_playwright, var browser) = await Chromium.LaunchAsync();
        return browser;
    }

    /// <summary>Service settings beyond the storage; a derived fixture adds its own.</summary>
    protected virtual Dictionary<string, string?> Settings() => new()
    {
        ["Auth:Anonymous"] = "reader",
        ["Auth:ApiKeys:0:Name"] = "dashboard-tests",
        ["Auth:ApiKeys:0:Role"] = "importer",
        ["Auth:ApiKeys:0:Sha256"] = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(ImporterKey))),
    };

    public async ValueTask InitializeAsync() =>
        _server = await GeoGraphServer.StartAsync(GeneratedArticles, Settings(), TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_server is not null)
            await _server.DisposeAsync();
    }
}
