using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// An unnamed part of a group that acts ("a faction of the LRA attacked …", "the LRA's northern wing broke away from the
/// group") is no member the speaker names: the speaker is not made part of the group, nor made to break with it.
/// A named part still is part of its group.
/// </summary>
public sealed class UnnamedPartTests
{
    [Theory]
    [InlineData("The UN said a faction of the LRA had attacked Kenyan troops.", "United Nations PART_OF Lord's Resistance Army")]
    [InlineData("Kenya said a splinter faction of the LRA had set up camps in Uganda.", "Kenya PART_OF Lord's Resistance Army")]
    [InlineData("The UN said the LRA's northern wing had broken away from the group.", "United Nations CUT_TIES_WITH Lord's Resistance Army")]
    [InlineData("The UN said a faction of the LRA had split from the movement.", "United Nations CUT_TIES_WITH Lord's Resistance Army")]
    public void TheSpeakerIsNotThePart(string text, string notExpected)
    {
        Assert.DoesNotContain(notExpected, RelationTexts.Asserted(text));
    }

    [Fact]
    public void ThePartsActIsTheGroups()
    {
        Assert.Contains("Lord's Resistance Army ATTACKS Kenya", RelationTexts.Asserted("The UN said a faction of the LRA had attacked Kenyan troops."));
    }

    [Fact]
    public void ANamedPartIsStillPartOfItsGroup()
    {
        Assert.Contains("Allied Democratic Forces PART_OF Lord's Resistance Army", RelationTexts.Asserted("The UN said the ADF is a faction of the LRA."));
    }
}
