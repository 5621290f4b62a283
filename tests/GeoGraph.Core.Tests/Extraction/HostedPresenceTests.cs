using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// A place that hosts a side's troops, bases or office has that side in it ("Uganda hosts Kenyan troops", "accused
/// Uganda of hosting LRA fighters"); talks or a summit hosted put no one there.
/// </summary>
public sealed class HostedPresenceTests
{
    [Theory]
    [InlineData("Kenya said Tanzania hosts Ugandan and U.S. troops.", "Uganda PRESENT_IN Tanzania")]
    [InlineData("Kenya said Tanzania hosts Ugandan and U.S. troops.", "United States PRESENT_IN Tanzania")]
    [InlineData("Kenya accused Uganda of hosting LRA fighters.", "Lord's Resistance Army PRESENT_IN Uganda")]
    [InlineData("The ministry said Tanzania had hosted the LRA office for years.", "Lord's Resistance Army PRESENT_IN Tanzania")]
    [InlineData("Kenya said Tanzania hosts the largest Ugandan air base in the region.", "Uganda PRESENT_IN Tanzania")]
    public void TheHostedSideIsInTheHost(string text, string expected)
    {
        Assert.Contains(expected, RelationTexts.Asserted(text));
    }

    [Theory]
    [InlineData("Uganda said Kenya hosted talks between the LRA and the government.")]
    [InlineData("Uganda said Kenya hosted the LRA delegation last week.")]
    public void HostedTalksPutNoOneThere(string text)
    {
        Assert.DoesNotContain(RelationTexts.Asserted(text), r => r.Contains("PRESENT_IN", StringComparison.Ordinal));
    }

    [Fact]
    public void ADeniedHostingAssertsNothing()
    {
        var text = "Tanzania said it did not host Ugandan troops.";

        Assert.DoesNotContain(RelationTexts.Asserted(text), r => r.Contains("PRESENT_IN", StringComparison.Ordinal));
    }
}
