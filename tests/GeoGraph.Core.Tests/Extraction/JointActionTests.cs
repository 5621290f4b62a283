using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// Acts done together and ties sought: "a joint raid with X against Y" (allied with X, both attack Y), "joint patrols
/// with X", "in coordination with X"; "forge closer ties with X", "win over X", "seeking a defence partnership with X";
/// sides listed as the subjects of an act done "jointly" or "together".
/// </summary>
public sealed class JointActionTests
{
    [Fact]
    public void AJointRaidWithAPartnerAgainstATargetAlliesThemAndAttacksTheTarget()
    {
        var relations = RelationTexts.Asserted("Kenya said it had carried out a joint raid with the Ugandan army against al-Shabaab cells in Lamu county.");

        Assert.Contains("Kenya ALLIED_WITH Uganda People's Defence Force", relations);
        Assert.Contains("Kenya ATTACKS al-Shabaab", relations);
        Assert.Contains("Uganda People's Defence Force ATTACKS al-Shabaab", relations);
    }

    [Fact]
    public void ADeniedJointRaidAssertsNothing()
    {
        Assert.Empty(RelationTexts.Asserted("Kenya said it did not carry out a joint raid with the Ugandan army against al-Shabaab."));
    }

    [Theory]
    [InlineData("Kenya said its forces carry out joint patrols with Ugandan troops in Turkana.", "Kenya ALLIED_WITH Uganda")]
    [InlineData("Kenya said it had carried out an airstrike near Lamu in coordination with the Ugandan army.", "Kenya ALLIED_WITH Uganda People's Defence Force")]
    [InlineData("Kenya said it had carried out a raid against al-Shabaab cells in Lamu county.", "Kenya ATTACKS al-Shabaab")]
    [InlineData("Analysts said the LRA was trying to forge closer ties with al-Shabaab.", "Lord's Resistance Army SEEKS_ALLIANCE_WITH al-Shabaab")]
    [InlineData("Analysts said the LRA was trying to win over the commanders of al-Shabaab.", "Lord's Resistance Army SEEKS_ALLIANCE_WITH al-Shabaab")]
    [InlineData("Kenya is seeking a defence partnership with Uganda, the minister said.", "Kenya SEEKS_ALLIANCE_WITH Uganda")]
    public void TiesSoughtAndActsDoneTogetherAreRelations(string text, string relation)
    {
        Assert.Contains(relation, RelationTexts.Asserted(text));
    }

    [Fact]
    public void TheyInAClauseOnThePlaceTheSpeakerSentTroopsToAreTheSpeakersSide()
    {
        var relations = RelationTexts.Asserted("The LRA attacked a village. The Kenyan army said it had sent 2,000 more soldiers to Turkana, where they carry out joint patrols with UNMISS peacekeepers.");

        Assert.Contains(relations, r => r.EndsWith("ALLIED_WITH UNMISS", StringComparison.Ordinal) && r.StartsWith("Kenya", StringComparison.Ordinal));
        Assert.DoesNotContain("Lord's Resistance Army ALLIED_WITH UNMISS", relations);
    }

    [Theory]
    [InlineData("Police said fighters of the Lord's Resistance Army (LRA) and al-Shabaab jointly attacked army bases in Kenya.")]
    [InlineData("Police said the LRA and al-Shabaab have started operating together in Turkana County.")]
    [InlineData("Police said the LRA, al-Shabaab and the ADF had jointly carried out raids in Kenya.")]
    public void SidesListedAsTheSubjectsOfAJointActAreAllied(string text)
    {
        Assert.Contains("Lord's Resistance Army ALLIED_WITH al-Shabaab", RelationTexts.Asserted(text));
    }

    [Fact]
    public void AFirstSideNamedWithItsAcronymStillActsWithTheSideListedAfterIt()
    {
        var relations = RelationTexts.Asserted("Police said fighters of the Lord's Resistance Army (LRA) and al-Shabaab jointly attacked army bases in Kenya.");

        Assert.Contains("Lord's Resistance Army ATTACKS Kenya", relations);
        Assert.Contains("al-Shabaab ATTACKS Kenya", relations);
    }

    [Theory]
    [InlineData("Police said Kenya and Uganda jointly condemned the attack.")]
    [InlineData("Police said Kenya and Uganda did not attack Lamu together.")]
    public void WordsSharedOrAJointActDeniedAllyNoOne(string text)
    {
        Assert.DoesNotContain(RelationTexts.Asserted(text), r => r.Contains("ALLIED_WITH", StringComparison.Ordinal));
    }
}
