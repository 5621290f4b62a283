using Microsoft.Playwright;

namespace GeoGraph.Dashboard.Tests.Support;

/// <summary>Debian's chromium, driven headless by Playwright; no browser is downloaded.</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private const string InstallHint = "Install it with `apt-get install -y chromium` (.ci/setup.d/chromium.sh does this before CI runs the tests).";

    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    /// <summary>Starts the browser, or fails the test with instructions: these tests never skip silently.</summary>
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
            Assert.Fail($"The dashboard tests need Chromium at {ExecutablePath}, and it is missing. {InstallHint}");
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = Arguments,
            });
            return (playwright, browser);
        }
        catch (PlaywrightException error)
        {
            playwright.Dispose();
            Assert.Fail($"Chromium at {ExecutablePath} could not start: {error.Message}\n{InstallHint}");
            throw;
        }
    }
}
