using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>Relations in the voices news uses besides "SUBJECT verb OBJECT": copulas, object relatives, receivers first, acts named by their -ing form, pronouns opening a nested statement.</summary>
public sealed class RelationVoiceTests
{
    private static List<string> Relations(string text) => RelationTexts.Asserted(text);

    [Theory]
    [InlineData("Uganda vowed to avenge the killing of its commander by the LRA.", "Lord's Resistance Army ATTACKS Uganda")]
    [InlineData("The UN said the killing of Kenyan soldiers by al-Shabaab was a crime.", "al-Shabaab ATTACKS Kenya")]
    public void AnActNamedByItsIngFormHasItsDoerAfterBy(string text, string expected)
    {
        var relations = RelationTexts.Asserted(text);

        Assert.Contains(expected, relations);
        Assert.DoesNotContain("Uganda ATTACKS Lord's Resistance Army", relations);
    }

    [Theory]
    [InlineData("The African Union condemned what it described as an invasion of Kenyan territory by Ugandan troops.", "Uganda ATTACKS Kenya")]
    [InlineData("The UN said the bombing of Kenyan positions by al-Shabaab was a war crime.", "al-Shabaab ATTACKS Kenya")]
    public void ANounOfAttackHasItsDoerAfterBy(string text, string expected)
    {
        var relations = RelationTexts.Asserted(text);

        Assert.Contains(expected, relations);
        Assert.DoesNotContain(relations, r => r.StartsWith("African Union ATTACKS", StringComparison.Ordinal) || r.StartsWith("United Nations ATTACKS", StringComparison.Ordinal));
    }

    [Fact]
    public void AnActCondemnedWithNoDoerChargesNoOne()
    {
        Assert.Empty(RelationTexts.Asserted("The UN condemned the shelling of Kenyan positions."));
    }

    [Theory]
    [InlineData("Uganda has warned that it will strike LRA bases in Congo, the ministry said.")]
    [InlineData("The UN said Uganda had warned it would attack the LRA.")]
    public void ThePronounOpeningANestedStatementIsItsMaker(string text)
    {
        Assert.Contains("Uganda THREATENS Lord's Resistance Army", RelationTexts.Asserted(text));
    }

    [Theory]
    [InlineData("The army said the LRA is a Sudanese proxy.", "Sudan SUPPORTS Lord's Resistance Army")]
    [InlineData("The army said the LRA is a Sudan-backed group.", "Sudan SUPPORTS Lord's Resistance Army")]
    [InlineData("The army said Ansaru was an al-Qaeda affiliate.", "Ansaru PART_OF al-Qaeda")]
    [InlineData("The army said Ansaru remains al-Qaeda's closest ally.", "Ansaru ALLIED_WITH al-Qaeda")]
    public void ACopulaDescribesAsAnAppositionDoes(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Fact]
    public void ACopulaThatIsDeniedDescribesNothing()
    {
        Assert.DoesNotContain("Ansaru PART_OF al-Qaeda", Relations("The army said Ansaru is not an al-Qaeda affiliate."));
    }

    [Theory]
    [InlineData("The army said Nangarhar province, which the Lord's Resistance Army controls, was shelled.", "Lord's Resistance Army CONTROLS Nangarhar")]
    [InlineData("The army said the LRA, which Sudan backs, attacked Kenya.", "Sudan SUPPORTS Lord's Resistance Army")]
    public void TheAntecedentOfAnObjectRelativeIsItsObject(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Theory]
    [InlineData("The army said Nangarhar province fell to the LRA.")]
    public void APlaceNamedBeforeAPassiveOfHoldingIsHeld(string text)
    {
        Assert.Contains("Lord's Resistance Army CONTROLS Nangarhar", Relations(text));
    }

    [Theory]
    [InlineData("The army said Sudan has given the LRA weapons.")]
    [InlineData("The army said Sudan provided the LRA with surveillance and ground support.")]
    [InlineData("The army said Sudan sent the LRA drones and cash.")]
    public void GoodsHandedToAReceiverNamedFirstAreSupport(string text)
    {
        Assert.Contains("Sudan SUPPORTS Lord's Resistance Army", Relations(text));
    }

    [Fact]
    public void WhatIsNoWeaponOrHelpIsNoSupport()
    {
        Assert.DoesNotContain(Relations("The army said Sudan provided Kenya with evidence."), r => r.Contains("SUPPORTS", StringComparison.Ordinal));
    }

    [Fact]
    public void AnAsideBetweenCommasDoesNotPartACue()
    {
        Assert.Contains("Kenya NEGOTIATES_WITH Uganda", Relations("The army said Kenya and Uganda had agreed, through Sudanese mediation, to a ceasefire."));
    }

    [Theory]
    [InlineData("The LRA said its fighters had targeted offices of Kenyan intelligence agencies.")]
    [InlineData("The LRA said it attacked Kenyan targets.")]
    public void ADemonymBeforeAStatesInstitutionsOrTargetsIsTheState(string text)
    {
        Assert.Contains("Lord's Resistance Army ATTACKS Kenya", Relations(text));
    }

    [Fact]
    public void TheGovernmentOfAHeadOfStateIsTheState()
    {
        var relations = Relations("Peru's Foreign Ministry said it backed the government of President Daniel Noboa of Ecuador.");

        Assert.Contains(relations, r => r.EndsWith("SUPPORTS Ecuador", StringComparison.Ordinal));
        Assert.DoesNotContain(relations, r => r.EndsWith("SUPPORTS Daniel Noboa", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kenya said the LRA and Ansaru formed an alliance.", "Lord's Resistance Army ALLIED_WITH Ansaru")]
    [InlineData("Kenya said Sudan is the LRA's main backer.", "Sudan SUPPORTS Lord's Resistance Army")]
    [InlineData("Kenya said the LRA holds large parts of Uganda.", "Lord's Resistance Army CONTROLS Uganda")]
    public void CommonPhrasingsOfAllianceBackingAndHoldingAreRead(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Fact]
    public void TwoSidesFightingWithNoObjectFightEachOther()
    {
        var relations = Relations("Kenya said the LRA and Uganda have been fighting for years.");

        Assert.Contains("Lord's Resistance Army ATTACKS Uganda", relations);
        Assert.Contains("Uganda ATTACKS Lord's Resistance Army", relations);
    }

    [Fact]
    public void TheCountryWhereTwoSidesFoughtIsNeitherTheirTargetNorEachOther()
    {
        Assert.DoesNotContain(Relations("Kenya said the LRA and Ansaru fought in Uganda."), r => r.Contains("ATTACKS", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Police said the attack was revenge for Uganda's support for the LRA.")]
    [InlineData("Police said the attack was in protest at Uganda's continued support for the LRA.")]
    public void APossessorOfTheNounOfACueIsItsSubjectAfterAPreposition(string text)
    {
        Assert.Contains("Uganda SUPPORTS Lord's Resistance Army", Relations(text));
    }

    [Fact]
    public void EverySideListedBeforeAPassiveVerbIsItsPatient()
    {
        var relations = Relations("Police said al-Shabaab and the LRA are armed and directed by Uganda.");

        Assert.Contains("Uganda SUPPORTS Lord's Resistance Army", relations);
        Assert.Contains("Uganda SUPPORTS al-Shabaab", relations);
    }

    [Theory]
    [InlineData("Police said the unit was hunting fighters of the LRA, a banned outfit based across the border in Uganda.")]
    [InlineData("Police said the LRA, which is based mainly in Uganda, attacked a village.")]
    public void WordsBetweenBasedAndInKeepWhereAGroupIsBased(string text)
    {
        Assert.Contains("Lord's Resistance Army PRESENT_IN Uganda", Relations(text));
    }

    [Fact]
    public void ASecondVerbOfForceSharesTheFirstOnesObject()
    {
        Assert.Contains("Uganda People's Defence Force THREATENS Lord's Resistance Army",
            Relations("The Ugandan army said it would pursue and destroy the LRA wherever it hides."));
    }
}
