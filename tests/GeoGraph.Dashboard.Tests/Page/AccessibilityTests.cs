using Deque.AxeCore.Playwright;
using GeoGraph.Dashboard.Tests.Support;

namespace GeoGraph.Dashboard.Tests.Page;

public sealed class AccessibilityTests(DashboardFixture fixture)
{
    [Theory]
    [InlineData($"?centre={Known.AlQaeda}", 1280, 800)]
    [InlineData($"?centre={Known.AlQaeda}&sel={Known.AlQaedaToTaliban}", 1280, 800)]
    [InlineData($"?centre={Known.AlQaeda}&sel={Known.AlQaeda}", 390, 844)]
    public async Task AxeFindsNoViolations(string view, int width, int height)
    {
        await using var page = await fixture.OpenAsync(view, width, height);

        var result = await page.Page.RunAxe();

        var violations = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target))}");
        Assert.Empty(violations);
        Assert.True(result.Passes.Length > 20, $"axe checked only {result.Passes.Length} rules.");
    }
}
