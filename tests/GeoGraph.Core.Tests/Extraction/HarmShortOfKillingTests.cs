using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// Wounding or injuring a side's people attacks that side, in the active voice and with the doer after "by"; "wounded"
/// before a bare noun only describes it.
/// </summary>
public sealed class HarmShortOfKillingTests
{
    [Theory]
    [InlineData("The UN said Kenya had injured 12 LRA fighters.", "Kenya ATTACKS Lord's Resistance Army")]
    [InlineData("The UN said Kenya had wounded three Ugandan soldiers near the border.", "Kenya ATTACKS Uganda")]
    [InlineData("The UN said five Ugandan soldiers were wounded by LRA fighters.", "Lord's Resistance Army ATTACKS Uganda")]
    public void HarmAttacksTheHarmedSide(string text, string expected)
    {
        Assert.Contains(expected, RelationTexts.Asserted(text));
    }

    [Fact]
    public void WoundedBeforeABareNounDescribesIt()
    {
        var text = "The UN said a Kenyan helicopter evacuating wounded soldiers from the LRA front had come under fire.";

        Assert.DoesNotContain(RelationTexts.Asserted(text), r => r.Contains("ATTACKS", StringComparison.Ordinal));
    }
}
