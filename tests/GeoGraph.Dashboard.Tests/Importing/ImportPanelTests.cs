using GeoGraph.Dashboard.Tests.Support;

namespace GeoGraph.Dashboard.Tests.Importing;

public sealed class ImportPanelTests(DashboardFixture fixture)
{
    // Actors the generated corpus never names, so the other tests' views stay as they were.
    private const string Article =
        "Fatah is negotiating with the Popular Front for the Liberation of Palestine, a UN official said on Tuesday.\n" +
        "\"We believe Fatah is funding the Lions' Den,\" Pentagon spokesman John Kirby told Reuters.";

    [Fact]
    public async Task PreviewShowsWhatExtractionFindsWithoutStoringIt()
    {
        var before = await fixture.Client.ArticleCountAsync();
        await using var page = await fixture.OpenAsync();
        await page.EnterApiKeyAsync(fixture.ImporterKey);

        await page.Page.Locator("#import-panel summary").ClickAsync();
        await page.Page.FillAsync("#import-text", "Ansaru is allied with Boko Haram, an ECOWAS official said on Monday.");
        await page.Page.ClickAsync("#import-preview");
        await page.Page.GetByText("Extracted (not stored yet)").WaitForAsync();
        await page.WaitReadyAsync();

        await page.ScreenshotAsync("import-preview");
        Assert.Contains("Ansaru allied with Boko Haram", await page.Page.InnerTextAsync(".import-result"), StringComparison.Ordinal);
        Assert.Equal(before, await fixture.Client.ArticleCountAsync());
    }

    [Fact]
    public async Task ImportPanelStoresAnArticleAndShowsWhatWasExtracted()
    {
        var before = await fixture.Client.ArticleCountAsync();
        await using var page = await fixture.OpenAsync();
        await page.EnterApiKeyAsync(fixture.ImporterKey);

        await page.Page.Locator("#import-panel summary").ClickAsync();
        await page.Page.FillAsync("#import-text", Article);
        await page.Page.FillAsync("#import-form input[name=title]", "Talks and funding");
        await page.Page.ClickAsync("#import-submit");
        await page.Page.Locator(".import-outcome").WaitForAsync();
        await page.WaitReadyAsync();

        await page.ScreenshotAsync("import-panel");
        Assert.Equal("Stored.", await page.Page.InnerTextAsync(".import-outcome"));
        Assert.Equal(before + 1, await fixture.Client.ArticleCountAsync());
        Assert.Contains("Fatah negotiates with Popular Front for the Liberation of Palestine", await page.Page.InnerTextAsync(".import-result"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportingWithoutAnImporterKeySaysWhichRoleIsNeeded()
    {
        var before = await fixture.Client.ArticleCountAsync();
        await using var page = await fixture.OpenAsync();

        await page.Page.Locator("#import-panel summary").ClickAsync();
        await page.Page.FillAsync("#import-text", Article);
        await page.Page.ClickAsync("#import-submit");
        await page.Page.Locator(".import-result .error").WaitForAsync();
        await page.WaitReadyAsync();

        Assert.Contains("importer role", await page.Page.InnerTextAsync(".import-result"), StringComparison.Ordinal);
        Assert.Equal(before, await fixture.Client.ArticleCountAsync());
    }

    [Fact]
    public async Task ApiKeyStaysInTheBrowserAcrossVisits()
    {
        await using var page = await fixture.OpenAsync();

        await page.EnterApiKeyAsync(fixture.ImporterKey);
        await page.Page.ReloadAsync();
        await page.WaitReadyAsync();

        Assert.Equal(fixture.ImporterKey, await page.Page.EvaluateAsync<string>("() => localStorage.getItem('geograph.apiKey')"));
        Assert.Equal("API key ✓", await page.Page.InnerTextAsync("#api-key"));
    }
}
