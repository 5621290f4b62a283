using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// An attack claimed with a day's possessive before it ("claimed responsibility for Sunday's attack on …", "claimed
/// last week's bombing of …") was made by the side that claims it, as one claimed without the date is.
/// </summary>
public sealed class DatedClaimTests
{
    [Theory]
    [InlineData("The LRA has claimed responsibility for Sunday's attack on a Kenyan army base in Turkana.", "Lord's Resistance Army ATTACKS Kenya")]
    [InlineData("The LRA claimed Monday's attack on Kenyan troops.", "Lord's Resistance Army ATTACKS Kenya")]
    [InlineData("The LRA claimed responsibility for last week's bombing of a Ugandan convoy.", "Lord's Resistance Army ATTACKS Uganda")]
    public void TheClaimantAttacked(string text, string expected)
    {
        Assert.Contains(expected, RelationTexts.Asserted("Border news\n\n" + text));
    }
}
