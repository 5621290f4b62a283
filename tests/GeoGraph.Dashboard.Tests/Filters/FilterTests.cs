using GeoGraph.Dashboard.Tests.Support;

namespace GeoGraph.Dashboard.Tests.Filters;

public sealed class FilterTests(DashboardFixture fixture)
{
    private static readonly string[] AllTypes =
    [
        "ALLIED_WITH", "SEEKS_ALLIANCE_WITH", "IN_CONTACT_WITH", "CUT_TIES_WITH", "NEGOTIATES_WITH", "SUPPORTS",
        "ATTACKS", "THREATENS", "ACCUSES", "PART_OF", "PRESENT_IN", "CONTROLS",
    ];

    [Fact]
    public async Task UncheckingARelationTypeHidesItsRelations()
    {
        var unfiltered = await fixture.Client.ExpectedCountsAsync(Known.AlQaeda);
        var expected = await fixture.Client.ExpectedCountsAsync(Known.AlQaeda, new ViewFilter(Types: [.. AllTypes.Where(t => t != "ATTACKS")]));
        await using var page = await fixture.OpenAsync($"?centre={Known.AlQaeda}");

        await page.Page.Locator("#filter-types input[value=ATTACKS]").UncheckAsync();
        await page.WaitReadyAsync();

        Assert.NotEqual(unfiltered, expected);
        Assert.Equal(expected, await page.CountsAsync());
        Assert.Contains("types=", page.Page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RaisingTheMinimumClaimsHidesThinlySupportedRelations()
    {
        var expected = await fixture.Client.ExpectedCountsAsync(Known.AlQaeda, new ViewFilter(MinClaims: 2));
        await using var page = await fixture.OpenAsync($"?centre={Known.AlQaeda}");
        var before = await page.CountsAsync();

        await page.Page.FillAsync("input[name=minClaims]", "2");
        await page.Page.Locator("input[name=minClaims]").DispatchEventAsync("change");
        await page.WaitReadyAsync();

        Assert.NotEqual(before, expected);
        Assert.Equal(expected, await page.CountsAsync());
    }

    [Fact]
    public async Task ExcludingHedgedClaimsHidesRelationsOnlyHedgedClaimsSupport()
    {
        var expected = await fixture.Client.ExpectedCountsAsync(Known.AlQaeda, new ViewFilter(IncludeHedged: false));
        await using var page = await fixture.OpenAsync($"?centre={Known.AlQaeda}");
        var before = await page.CountsAsync();

        await page.Page.Locator("input[name=includeHedged]").UncheckAsync();
        await page.WaitReadyAsync();

        Assert.NotEqual(before, expected);
        Assert.Equal(expected, await page.CountsAsync());
    }

    [Fact]
    public async Task SpeakerFilterKeepsTheRelationsThatSpeakersClaimsAssert()
    {
        var expected = await fixture.Client.ExpectedCountsAsync(Known.AlQaeda, new ViewFilter(SpeakerKeys: await fixture.Client.RelationKeysSaidByAsync("NATO")));
        await using var page = await fixture.OpenAsync($"?centre={Known.AlQaeda}");

        await page.Page.FillAsync("#filter-speaker", "NATO");
        await page.Page.Locator("#filter-speaker").PressAsync("Enter");
        await page.WaitReadyAsync();

        Assert.True(expected.Edges > 0, "NATO's claims should assert relations around al-Qaeda.");
        Assert.Equal(expected, await page.CountsAsync());
    }

    [Fact]
    public async Task BrushingTheHistogramSetsTheTimeRange()
    {
        await using var page = await fixture.OpenAsync($"?centre={Known.AlQaeda}");
        var before = await page.CountsAsync();
        var box = await page.Page.Locator("svg.histogram").BoundingBoxAsync();
        Assert.NotNull(box);

        await page.Page.Mouse.MoveAsync(box.X + box.Width * 0.2f, box.Y + box.Height / 2);
        await page.Page.Mouse.DownAsync();
        await page.Page.Mouse.MoveAsync(box.X + box.Width * 0.45f, box.Y + box.Height / 2, new() { Steps = 5 });
        await page.Page.Mouse.UpAsync();
        await page.WaitReadyAsync();
        var since = await page.Page.InputValueAsync("input[name=since]");
        var until = await page.Page.InputValueAsync("input[name=until]");
        var expected = await fixture.Client.ExpectedCountsAsync(Known.AlQaeda, new ViewFilter(Since: since, Until: until));

        await page.ScreenshotAsync("time-range-brushed");
        Assert.True(string.CompareOrdinal(since, until) < 0, $"The brush set {since} to {until}.");
        Assert.NotEqual(before, expected);
        Assert.Equal(expected, await page.CountsAsync());
    }
}
