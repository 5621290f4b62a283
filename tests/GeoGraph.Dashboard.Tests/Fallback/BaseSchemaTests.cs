using GeoGraph.Dashboard.Tests.Support;

namespace GeoGraph.Dashboard.Tests.Fallback;

/// <summary>The page against a service whose newer fields it cannot see: every view falls back to the base schema.</summary>
public sealed class BaseSchemaTests(NoIntrospectionFixture fixture) : IClassFixture<NoIntrospectionFixture>
{
    [Fact]
    public async Task PageSeesNoNewerFields()
    {
        await using var page = await fixture.OpenAsync($"?centre={Known.AlQaeda}");

        var seen = await page.Page.EvaluateAsync<bool[]>(
            "() => { const c = window.geograph.capabilities; return [c.networkFilters, c.search, c.path, c.timeline, c.relationLookup, c.entityClaims]; }");

        Assert.All(seen, Assert.False);
    }

    [Fact]
    public async Task FiltersApplyInThePageToTheUnfilteredNetwork()
    {
        var expected = await fixture.Client.ExpectedCountsAsync(Known.AlQaeda, new ViewFilter(MinClaims: 2, IncludeHedged: false));
        await using var page = await fixture.OpenAsync($"?centre={Known.AlQaeda}&min=2&hedged=0");

        var shown = await page.CountsAsync();

        Assert.NotEqual(await fixture.Client.ExpectedCountsAsync(Known.AlQaeda), expected);
        Assert.Equal(expected, shown);
    }

    [Fact]
    public async Task RelationEvidenceIsFoundByItsPlaceInTheSubjectsList()
    {
        await using var page = await fixture.OpenAsync($"?centre={Known.AlQaeda}");

        await page.ClickGraphElementAsync(Known.AlQaedaToTaliban);

        var speakers = await page.Page.Locator("#evidence .claim .speaker").AllInnerTextsAsync();
        Assert.Contains(speakers, s => s.Contains("NATO", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PathIsSearchedInTheNeighbourhood()
    {
        await using var page = await fixture.OpenAsync("?path=group:ansar-dine,province:kunar");

        var shown = await page.CountsAsync();

        Assert.Equal((4, 3), shown);
    }

    [Fact]
    public async Task EntityPanelGathersClaimsAndPlacesFromOlderQueries()
    {
        await using var page = await fixture.OpenAsync($"?centre={Known.AlQaeda}&sel={Known.AlQaeda}");

        var panel = await page.Page.InnerTextAsync("#evidence");

        Assert.Contains("Present in", panel, StringComparison.Ordinal);
        Assert.Contains("Kunar", panel, StringComparison.Ordinal);
        Assert.Contains("Claims about al-Qaeda", panel, StringComparison.Ordinal);
    }
}
