using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>An embassy or consulate a possessive gives to the speaker's side is that side's: an attack on it attacks the side.</summary>
public sealed class PossessedEmbassyTests
{
    [Theory]
    [InlineData("Kenya said the attack on its embassy in Kampala was carried out by the LRA.")]
    [InlineData("Kenya said the LRA had bombed its embassy in Kampala.")]
    [InlineData("Kenya said the LRA had stormed its consulate in Gulu.")]
    public void AnAttackOnTheSpeakersEmbassyAttacksTheSpeaker(string text)
    {
        Assert.Contains("Lord's Resistance Army ATTACKS Kenya", RelationTexts.Asserted(text));
    }
}
