using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// Cues added for aggression and fire aimed at a side, attacks suffered from a side, bodies left, work offered,
/// intelligence shared, a body's backbone, relations restored and borders crossed, each in an invented sentence, with the
/// near uses that assert nothing.
/// </summary>
public sealed class AttackTiesAndWorkCueTests
{
    [Theory]
    [InlineData("The minister condemned Ugandan aggression against Kenya, according to a statement.", "Uganda ATTACKS Kenya")]
    [InlineData("Kenya said Ugandan troops fired into Kenyan territory on Monday.", "Uganda ATTACKS Kenya")]
    [InlineData("Kenya is under attack from Uganda, the Kenyan president said.", "Uganda ATTACKS Kenya")]
    [InlineData("The ADF said it was leaving the LRA, saying its leaders had betrayed the fighters.", "Allied Democratic Forces CUT_TIES_WITH Lord's Resistance Army")]
    [InlineData("Mali said it had left ECOWAS.", "Mali CUT_TIES_WITH ECOWAS")]
    [InlineData("Kenya said it was ready to work with Uganda on border security.", "Kenya SEEKS_ALLIANCE_WITH Uganda")]
    [InlineData("The UN said it was sharing intelligence with Ugandan forces.", "United Nations ALLIED_WITH Uganda People's Defence Force")]
    [InlineData("The minister described the LRA as the backbone of the ADF.", "Lord's Resistance Army PART_OF Allied Democratic Forces")]
    [InlineData("Kenya and Somalia agreed to restore diplomatic relations, the two governments said.", "Kenya IN_CONTACT_WITH Somalia")]
    [InlineData("Kenya and Uganda have normalised relations, the minister said.", "Kenya IN_CONTACT_WITH Uganda")]
    [InlineData("Ugandan troops crossed the border into South Sudan to pursue LRA rebels, the army said.", "Uganda PRESENT_IN South Sudan")]
    public void TheNewPhrasingsAreRead(string text, string expected)
    {
        Assert.Contains(expected, RelationTexts.Asserted(text));
    }

    [Theory]
    [InlineData("The ADF said the rebels left the town to the LRA.")]
    [InlineData("The LRA said Okello left Kenya on Monday.")]
    public void LeavingAPlaceOrNamingABodyLaterCutsNoTies(string text)
    {
        Assert.DoesNotContain(RelationTexts.Asserted(text), r => r.Contains("CUT_TIES_WITH", StringComparison.Ordinal));
    }
}
