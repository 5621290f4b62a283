using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>Blame laid without a verb of accusing, and acts that are denied or fall on ground rather than on a target.</summary>
public sealed class RelationBlameTests
{
    private static List<string> Relations(string text) => RelationTexts.Asserted(text);

    [Theory]
    [InlineData("Kenya said it is highly likely the attackers were LRA members.")]
    [InlineData("Kenya said the gunmen were from the LRA.")]
    [InlineData("Kenya said the LRA is to blame for the violence.")]
    [InlineData("Kenya said the LRA bears responsibility for its own actions.")]
    public void NamingWhoIsToBlameAccusesThem(string text)
    {
        Assert.Contains("Kenya ACCUSES Lord's Resistance Army", Relations(text));
    }

    [Fact]
    public void AnActDeniedOfNoneOfTheActorsAssertsNothing()
    {
        Assert.DoesNotContain("Ansaru PRESENT_IN Chad", Relations("The army said none of the Ansaru fighters entered Chad."));
        Assert.Contains("Ansaru PRESENT_IN Chad", RelationTexts.Denied("The army said none of the Ansaru fighters entered Chad."));
    }

    [Theory]
    [InlineData("Kenya said its jets struck targets in northern Somalia.")]
    [InlineData("Kenya said it struck hideouts in the south-western part of Somalia.")]
    public void ACountryNamedByTheRegionWhereBlowsFellIsNotAttacked(string text)
    {
        Assert.DoesNotContain(Relations(text), r => r.EndsWith("ATTACKS Somalia", StringComparison.Ordinal));
    }

    [Fact]
    public void ACountrysOwnMilitaryTargetsStruckAttackIt()
    {
        Assert.Contains("Kenya ATTACKS Somalia", Relations("The army said Kenya struck military targets in Somalia."));
    }

    [Fact]
    public void TheGroundOfHideoutsStruckIsNotTheAttackers()
    {
        var relations = Relations("Kenya said it struck LRA hideouts in Uganda.");

        Assert.Contains("Kenya ATTACKS Lord's Resistance Army", relations);
        Assert.DoesNotContain("Kenya PRESENT_IN Uganda", relations);
    }

    [Fact]
    public void APartOfAPlaceIsNoMembership()
    {
        Assert.DoesNotContain(Relations("Kenya said it struck hideouts in the south-western part of Somalia."), r => r.Contains("PART_OF", StringComparison.Ordinal));
    }

    [Fact]
    public void AttackersReadAsADescriptionAreStillNamedAfterWere()
    {
        const string text = "Officials spoke about the Kurdistan Workers' Party (PKK). \"The attackers were members of the PKK,\" Interior Minister Ali Kaya said.";

        Assert.Contains("Ali Kaya ACCUSES Kurdistan Workers' Party", Relations(text));
    }

    [Fact]
    public void ForcesLoyalToAGroupsLeaderActForTheGroup()
    {
        var relations = Relations("Kenya accused forces loyal to LRA leader Joseph Kony of backing Ansaru.");

        Assert.Contains("Kenya ACCUSES Lord's Resistance Army", relations);
        Assert.Contains("Lord's Resistance Army SUPPORTS Ansaru", relations);
    }

    [Theory]
    [InlineData("Kenya said Joseph Kony announced his resignation as vice-president of the LRA.")]
    [InlineData("Joseph Kony said he resigned as deputy leader of the LRA.")]
    public void ResigningFromABodyCutsTiesWithIt(string text)
    {
        Assert.Contains("Joseph Kony CUT_TIES_WITH Lord's Resistance Army", Relations(text));
    }

    [Fact]
    public void AnUnnamedSubjectOfAVerbIsNotTheSpeaker()
    {
        Assert.DoesNotContain(Relations("Kenya said the minister resigned from the LRA."), r => r.StartsWith("Kenya", StringComparison.Ordinal));
    }

    [Fact]
    public void APronounAccusedStandsForTheGroupNamedBefore()
    {
        Assert.Contains("Uganda ACCUSES Ansaru", Relations("Kenya said Ansaru struck again. Uganda accuses it of attacking civilians, the ministry said."));
    }

    [Theory]
    [InlineData("The LRA and Kenya blamed Sudan for the attack.", "Kenya")]
    [InlineData("The LRA and the Kenyan army blamed Sudan for the attack.", "Kenyan army")]
    [InlineData("The LRA and the Kenyan government both blamed Sudan for the attack.", "Kenya")]
    public void EverySideListedWithTheSpeakerAccusesToo(string text, string other)
    {
        var relations = RelationTexts.Asserted(text);

        Assert.Contains("Lord's Resistance Army ACCUSES Sudan", relations);
        Assert.Contains($"{other} ACCUSES Sudan", relations);
    }
}
