using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// The broader cue list (seed-data/gazetteer/cues.tsv): common news phrasings of each relation type and of saying, each
/// read in an invented sentence, and everyday uses of nearby words that assert nothing.
/// </summary>
public sealed class CueBreadthTests
{
    private static List<string> Relations(string text) => RelationTexts.Asserted(text);

    [Theory]
    [InlineData("Kenya said Uganda had bombarded LRA positions near Gulu.", "Uganda ATTACKS Lord's Resistance Army")]
    [InlineData("Kenya said Uganda carried out airstrikes on the LRA overnight.", "Uganda ATTACKS Lord's Resistance Army")]
    [InlineData("Kenya said Uganda had waged war on the LRA for two decades.", "Uganda ATTACKS Lord's Resistance Army")]
    [InlineData("Kenya said the LRA had laid siege to a Ugandan army garrison.", "Lord's Resistance Army ATTACKS Uganda People's Defence Force")]
    [InlineData("Kenya said a Ugandan patrol had been raided by the LRA.", "Lord's Resistance Army ATTACKS Uganda")]
    [InlineData("Kenya said rocket attacks by the LRA on Uganda continued.", "Lord's Resistance Army ATTACKS Uganda")]
    [InlineData("Kenya said the LRA fired rockets at a Ugandan town.", "Lord's Resistance Army ATTACKS Uganda")]
    [InlineData("Kenya said the LRA had targeted Ugandan energy infrastructure.", "Lord's Resistance Army ATTACKS Uganda")]
    [InlineData("Kenya said the LRA fired rockets overnight at Kampala.", "Lord's Resistance Army ATTACKS Uganda")]
    [InlineData("Kenya's foreign ministry condemned the Ugandan strike on Kenyan territory.", "Uganda ATTACKS Kenya")]
    [InlineData("The army said Ugandan forces opened fire on Kenyan border guards.", "Uganda People's Defence Force ATTACKS Kenya")]
    [InlineData("NAIROBI, Kenya — Kenyan troops came under fire from al-Shabaab militants near the border, police said.", "al-Shabaab ATTACKS Kenya")]
    [InlineData("NAIROBI, Kenya — Kenyan troops came under heavy fire from al-Shabaab, police said.", "al-Shabaab ATTACKS Kenya")]
    public void AttacksInTheirCommonNewsPhrasingsAreRead(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Fact]
    public void AShipUnderAStatesFlagIsNotTheStateAttacked()
    {
        Assert.DoesNotContain("Lord's Resistance Army ATTACKS Uganda", Relations("Kenya said the LRA fired rockets at a Ugandan ship."));
    }

    [Theory]
    [InlineData("Kenya said Uganda and the LRA agreed to resume peace talks in Juba.")]
    [InlineData("Kenya said Uganda and the LRA were holding talks in Juba.")]
    [InlineData("Kenya said Uganda and the LRA agreed to a prisoner exchange.")]
    public void TalksAgreedOrUnderWayBetweenTwoSidesNamedTogetherAreNegotiations(string text)
    {
        Assert.Contains("Uganda NEGOTIATES_WITH Lord's Resistance Army", Relations(text));
    }

    [Theory]
    [InlineData("Kenya said Uganda supplied weapons to the LRA through South Sudan.", "Uganda SUPPORTS Lord's Resistance Army")]
    [InlineData("Kenya said Uganda had agreed to arm the LRA.", "Uganda SUPPORTS Lord's Resistance Army")]
    [InlineData("Kenya said Uganda was propping up the LRA.", "Uganda SUPPORTS Lord's Resistance Army")]
    [InlineData("Kenya said the LRA was financed by Uganda.", "Uganda SUPPORTS Lord's Resistance Army")]
    [InlineData("Kenya said the Uganda-funded LRA had crossed the border.", "Uganda SUPPORTS Lord's Resistance Army")]
    [InlineData("Kenya said the LRA had the support of Uganda.", "Uganda SUPPORTS Lord's Resistance Army")]
    [InlineData("Kenya said the LRA enjoys the backing of Uganda.", "Uganda SUPPORTS Lord's Resistance Army")]
    public void SupportInItsCommonNewsPhrasingsIsRead(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Theory]
    [InlineData("Kenya said Uganda had threatened retaliation against the LRA.", "Uganda THREATENS Lord's Resistance Army")]
    [InlineData("Uganda swore revenge against the LRA, Kenya said.", "Uganda THREATENS Lord's Resistance Army")]
    [InlineData("Kenya said the ADF was in league with the LRA.", "Allied Democratic Forces ALLIED_WITH Lord's Resistance Army")]
    [InlineData("Kenya said Uganda signed a defence pact with Tanzania.", "Uganda ALLIED_WITH Tanzania")]
    [InlineData("Kenya said the ADF is the military arm of the LRA.", "Allied Democratic Forces PART_OF Lord's Resistance Army")]
    [InlineData("Kenya said the ADF had been folded into the LRA.", "Allied Democratic Forces PART_OF Lord's Resistance Army")]
    [InlineData("Kenya said the ADF had sworn allegiance to the LRA.", "Allied Democratic Forces SEEKS_ALLIANCE_WITH Lord's Resistance Army")]
    [InlineData("Kenya said Uganda had applied to join the East African Community.", "Uganda SEEKS_ALLIANCE_WITH East African Community")]
    public void ThreatsAlliancesAndMembershipInTheirCommonNewsPhrasingsAreRead(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Theory]
    [InlineData("Kenya said Uganda had spoken by phone with Tanzania on Monday.", "Uganda IN_CONTACT_WITH Tanzania")]
    [InlineData("Kenya said Uganda had held a meeting with LRA commanders.", "Uganda IN_CONTACT_WITH Lord's Resistance Army")]
    [InlineData("Kenya said Uganda and the LRA struck a deal on Friday.", "Uganda NEGOTIATES_WITH Lord's Resistance Army")]
    [InlineData("Kenya said a prisoner swap between Uganda and the LRA took place.", "Uganda NEGOTIATES_WITH Lord's Resistance Army")]
    [InlineData("Kenya said the ADF broke ranks with the LRA.", "Allied Democratic Forces CUT_TIES_WITH Lord's Resistance Army")]
    [InlineData("Kenya said Uganda had expelled the ambassador of Tanzania.", "Uganda CUT_TIES_WITH Tanzania")]
    [InlineData("Kenya said Uganda had pointed the finger at the LRA.", "Uganda ACCUSES Lord's Resistance Army")]
    [InlineData("Kenya said Uganda's attack was condemned by Tanzania.", "Tanzania ACCUSES Uganda")]
    public void ContactTalksBreaksAndBlameInTheirCommonNewsPhrasingsAreRead(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Theory]
    [InlineData("Kenya said the LRA was holed up in Uganda.", "Lord's Resistance Army PRESENT_IN Uganda")]
    [InlineData("Kenya said Uganda was deploying troops to Tanzania.", "Uganda PRESENT_IN Tanzania")]
    [InlineData("Kenya said Mandera was under the control of the LRA.", "Lord's Resistance Army CONTROLS Mandera")]
    [InlineData("Kenya said the LRA had wrested control of Mandera from Uganda.", "Lord's Resistance Army CONTROLS Mandera")]
    [InlineData("Kenya said Uganda had annexed Mandera.", "Uganda CONTROLS Mandera")]
    public void PresenceAndControlInTheirCommonNewsPhrasingsAreRead(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Theory]
    [InlineData("Kenya said the central bank would fund new roads in Uganda.")]
    [InlineData("Kenya said economic activity in Uganda had slowed.")]
    [InlineData("Kenya said the minister was meeting with farmers in Uganda.")]
    [InlineData("Kenya said the courts in Uganda had acquitted the LRA commander.")]
    [InlineData("Kenya said it acted in accord with the African Union charter.")]
    [InlineData("Kenya said the rift with Uganda had deepened.")]
    public void EverydayUsesOfNearbyWordsAssertNothing(string text)
    {
        Assert.Empty(Relations(text));
    }

    [Fact]
    public void APhraseOfSayingAttributesTheStatementAfterIt()
    {
        var graph = Extractors.Extract("Uganda pointed out that the LRA had attacked Tanzania.");

        var claim = Assert.Single(graph.Claims);
        Assert.Equal("Uganda", Extractors.NameOf(graph, claim.Speaker));
    }

    [Theory]
    [InlineData("Kenya said the LRA had made gains in Turkana county.", "Lord's Resistance Army PRESENT_IN Turkana")]
    [InlineData("The LRA said it had completed its takeover of Turkana county.", "Lord's Resistance Army CONTROLS Turkana")]
    [InlineData("Kenya said the takeover of Turkana county by the LRA was a threat.", "Lord's Resistance Army CONTROLS Turkana")]
    public void GroundWonOrTakenAsANounIsRead(string text, string expected)
    {
        var relations = Relations(text);

        Assert.Contains(expected, relations);
        Assert.DoesNotContain(relations, r => r.StartsWith("Kenya ", StringComparison.Ordinal));
    }

    [Fact]
    public void ACountryWhoseBorderIsNearIsNotWhereTheActorIs()
    {
        Assert.DoesNotContain("Lord's Resistance Army PRESENT_IN Uganda", Relations("Kenya said the LRA had seized cattle near the Ugandan border."));
    }

    [Theory]
    [InlineData("Kenya said al-Shabaab and the LRA \"have been in contact\" since 2024.", "al-Shabaab IN_CONTACT_WITH Lord's Resistance Army")]
    [InlineData("Kenya said it has been in contact with Uganda.", "Kenya IN_CONTACT_WITH Uganda")]
    [InlineData("Kenya said it had raised the matter with Uganda's ambassador.", "Kenya IN_CONTACT_WITH Uganda")]
    [InlineData("Kenya said the LRA was \"seeking closer cooperation\" with al-Shabaab.", "Lord's Resistance Army SEEKS_ALLIANCE_WITH al-Shabaab")]
    [InlineData("The ADF said it had \"broken all links\" with the LRA.", "Allied Democratic Forces CUT_TIES_WITH Lord's Resistance Army")]
    [InlineData("Police said the LRA operates from bases in Uganda.", "Lord's Resistance Army PRESENT_IN Uganda")]
    [InlineData("Police said LRA fighters, \"who operate from bases in Uganda\", had killed seven soldiers.", "Lord's Resistance Army PRESENT_IN Uganda")]
    public void ContactCooperationAndBasesAreReadWhereverAQuotationMarkFalls(string text, string relation)
    {
        Assert.Contains(relation, RelationTexts.Asserted(text));
    }

    [Theory]
    [InlineData("\"Uganda has suffered from the LRA for years. In this attack, the gunmen had been in contact with their handlers,\" the minister said.")]
    [InlineData("Police said the cell belonged to a network of Ugandan militants that has pledged loyalty to the LRA.")]
    public void ContactNeedsItsSidesListedAndMilitantsFromACountryAreNotItsState(string text)
    {
        Assert.DoesNotContain(RelationTexts.Asserted(text), r => r.StartsWith("Uganda ", StringComparison.Ordinal));
    }
}
