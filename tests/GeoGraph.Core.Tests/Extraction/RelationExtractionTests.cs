using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

public sealed class RelationExtractionTests
{
    private static List<string> Relations(string text) => RelationTexts.Asserted(text);

    [Theory]
    [InlineData("The UN said that Hezbollah fights alongside Hamas.", "Hezbollah ALLIED_WITH Hamas")]
    [InlineData("The UN said that the Houthis are courting al-Shabaab.", "Houthis SEEKS_ALLIANCE_WITH al-Shabaab")]
    [InlineData("The UN said that JNIM is in touch with Ansar Dine.", "JNIM IN_CONTACT_WITH Ansar Dine")]
    [InlineData("The UN said that ISWAP broke with Boko Haram.", "Islamic State West Africa Province CUT_TIES_WITH Boko Haram")]
    [InlineData("The UN said that Hamas is negotiating with Israel.", "Hamas NEGOTIATES_WITH Israel")]
    [InlineData("The UN said that Iran arms the Houthis.", "Iran SUPPORTS Houthis")]
    [InlineData("The UN said that the Houthis were backed by Iran.", "Iran SUPPORTS Houthis")]
    [InlineData("The UN said that al-Shabaab attacked ATMIS.", "al-Shabaab ATTACKS ATMIS")]
    [InlineData("The UN said that the TTP threatened Pakistan.", "Tehrik-i-Taliban Pakistan THREATENS Pakistan")]
    [InlineData("The UN said that Israel accused Hezbollah of the strike.", "Israel ACCUSES Hezbollah")]
    [InlineData("The UN said that ISWAP is a faction of Islamic State.", "Islamic State West Africa Province PART_OF Islamic State")]
    [InlineData("The UN said that JNIM is active in Mopti and Segou regions of Mali.", "JNIM PRESENT_IN Mopti")]
    [InlineData("The UN said that M23 seized North Kivu province in the Democratic Republic of the Congo.", "March 23 Movement CONTROLS North Kivu")]
    public void MapsCuesOntoTheVocabularyWithDirection(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Theory]
    [InlineData("The UN said that Russia launched 40 missiles at Ukraine overnight.", "Russia ATTACKS Ukraine")]
    [InlineData("The UN said that Hezbollah fired dozens of rockets into Israel.", "Hezbollah ATTACKS Israel")]
    [InlineData("The UN said that the Houthis launched a barrage of drones toward Israel.", "Houthis ATTACKS Israel")]
    public void ALaunchOfWeaponsAtATargetAttacksIt(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Theory]
    [InlineData("The UN said that Iran launched a satellite on Monday.")]
    [InlineData("The UN said that Israel fired warning shots into the air.")]
    public void ALaunchWithoutWeaponOrTargetAttacksNobody(string text)
    {
        Assert.DoesNotContain(Relations(text), r => r.Contains("ATTACKS", StringComparison.Ordinal));
    }

    [Fact]
    public void AnUnnamedPossessedObjectKeepsTheNameAfterTheNextVerbOutOfTheRelation()
    {
        Assert.DoesNotContain(Relations("The UN said that Wagner was helping its army fight JNIM."), r => r.Contains("JNIM", StringComparison.Ordinal));
    }

    [Fact]
    public void APossessedNounInAppositionToANameStillNamesTheObject()
    {
        Assert.Contains("Iran SUPPORTS Hezbollah", Relations("The UN said that Iran was backing its proxy Hezbollah."));
    }

    [Fact]
    public void AListedObjectGivesOneRelationPerItem()
    {
        var relations = Relations("The UN said that JNIM is in touch with Ansar Dine, ISWAP and other groups.");

        Assert.Equal(["JNIM IN_CONTACT_WITH Ansar Dine", "JNIM IN_CONTACT_WITH Islamic State West Africa Province"], relations);
    }

    [Theory]
    [InlineData("The UN said that Hamas is not negotiating with Israel.")]
    [InlineData("Hamas denied that it is negotiating with Israel.")]
    [InlineData("The UN said that Hamas has never fought alongside Hezbollah.")]
    public void ADeniedStatementAssertsNoRelation(string text)
    {
        Assert.Empty(Relations(text));
    }

    [Fact]
    public void PlaceRelationsPointOnlyAtPlaces()
    {
        var relations = Relations("The UN said that ISWAP is active in Borno and among Boko Haram in Nigeria.");

        Assert.DoesNotContain(relations, r => r.EndsWith("Boko Haram", StringComparison.Ordinal) && r.Contains("PRESENT_IN", StringComparison.Ordinal));
    }

    [Fact]
    public void AConditionalWarningThreatensWhoeverTheConditionNames()
    {
        var relations = Relations("\"Should Hamas break the truce, we will strike hard,\" the Israel Defense Forces said.");

        Assert.Contains("Israel Defense Forces THREATENS Hamas", relations);
    }

    [Fact]
    public void WhatAConditionSupposesIsNotAsserted()
    {
        Assert.Empty(Relations("The UN said that if Hezbollah attacked Israel, talks would stop."));
    }

    [Fact]
    public void ACrimeLabelIsAnAccusationByTheSpeaker()
    {
        var relations = Relations("\"What al-Shabaab did in the market is a war crime,\" said the African Union.");

        Assert.Contains("African Union ACCUSES al-Shabaab", relations);
    }

    [Fact]
    public void ARelativeClauseAccusationNamesAccuserAccusedAndAct()
    {
        var relations = Relations("Sudan asked the court to act against Chad, which it accuses of arming the RSF.");

        Assert.Contains("Sudan ACCUSES Chad", relations);
        Assert.Contains("Chad SUPPORTS Rapid Support Forces", relations);
    }

    [Fact]
    public void ActorsListedTogetherShareTheRelation()
    {
        var relations = Relations("The Houthis said the attack answered American and British air strikes on Yemen.");

        Assert.Contains("United States ATTACKS Yemen", relations);
        Assert.Contains("United Kingdom ATTACKS Yemen", relations);
    }

    [Fact]
    public void AnAccusationAlsoAssertsTheAccusedAct()
    {
        var relations = Relations("Kinshasa accused Rwanda of backing the M23, the Congolese government said.");

        Assert.Contains("Rwanda SUPPORTS March 23 Movement", relations);
    }

    [Fact]
    public void CallingAnActorByACrimeLabelAccusesIt()
    {
        var relations = Relations("The government of Mali calls JNIM a terrorist group.");

        Assert.Contains("Mali ACCUSES JNIM", relations);
    }

    [Fact]
    public void TheOneAskedToActIsTheSubjectOfTheInfinitive()
    {
        var relations = Relations("The UN said that Hamas relied on Hezbollah to fight alongside it.");

        Assert.Contains("Hezbollah ALLIED_WITH Hamas", relations);
    }
}
