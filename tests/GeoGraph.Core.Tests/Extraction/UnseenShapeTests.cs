using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// Shapes of attack, blame, help, presence and contact found missing on the second development set (issue 3),
/// each in an invented sentence about another conflict.
/// </summary>
public sealed class UnseenShapeTests
{
    private static List<string> Relations(string text) => RelationTexts.Asserted(text);

    [Theory]
    [InlineData("The Ugandan Interior Ministry attributed the attack to the Lord's Resistance Army.", "Ugandan Interior Ministry ACCUSES Lord's Resistance Army")]
    [InlineData("The Ugandan army said Uganda has declared the Lord's Resistance Army a criminal group.", "Uganda ACCUSES Lord's Resistance Army")]
    public void BlameNamesTheOneBlamed(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Fact]
    public void AStateDefendingItselfAgainstAggressionIsNotAccused()
    {
        var relations = Relations("The Mexican Foreign Ministry said Mexico has the right to defend itself against foreign acts of aggression.");

        Assert.DoesNotContain(relations, r => r.Contains("ACCUSES", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Ugandan army said the raid was carried out with the support of the Kenyan army.", "Kenyan army SUPPORTS Uganda People's Defence Force")]
    [InlineData("The Pentagon said Sudanese troops may have killed hundreds of the soldiers Eritrea sent to help Ethiopia.", "Eritrea SUPPORTS Ethiopia")]
    public void HelpGivenIsSupport(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Fact]
    public void SoldiersFollowedByTheirSenderAreTheSenders()
    {
        Assert.Contains("Sudan ATTACKS Eritrea", Relations("The Pentagon said Sudanese troops may have killed hundreds of the soldiers Eritrea sent to help Ethiopia."));
    }

    [Theory]
    [InlineData("The Ugandan army said Uganda has the right to respond to attacks by the Lord's Resistance Army.", "Lord's Resistance Army ATTACKS Uganda")]
    [InlineData("The Ugandan army said it acted after \"attacks from the regime in Sudan against the State of Uganda\".", "Sudan ATTACKS Uganda")]
    [InlineData("President Yoweri Museveni said Sudan had started to use Chadian soldiers in its assaults on Ugandan positions.", "Sudan ATTACKS Uganda")]
    [InlineData("The Ugandan army said it was \"conducting strikes on rebel camps in Sudan\".", "Uganda People's Defence Force ATTACKS Sudan")]
    public void AttacksAreReadThroughNounsQuotesAndResponses(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Fact]
    public void AnActGivenAsACauseIsTheOneItIsHeldAgainst()
    {
        var relations = Relations("Washington imposed sanctions on Sudan over its support for the LRA, the Treasury said.");

        Assert.Contains("Sudan SUPPORTS Lord's Resistance Army", relations);
        Assert.DoesNotContain("United States SUPPORTS Lord's Resistance Army", relations);
    }

    [Fact]
    public void AVowToAnswerAStatesAttackThreatensTheState()
    {
        Assert.Contains("Uganda THREATENS Sudan", Relations("President Yoweri Museveni said Uganda would \"give a firm response\" to the Sudanese attack."));
    }

    [Theory]
    [InlineData("The Pentagon said Kenyan troops are still in Sudan.", "Kenya PRESENT_IN Sudan")]
    [InlineData("The Pentagon said Belarusian soldiers fought alongside Russian forces in Kursk Oblast last week.", "Belarus PRESENT_IN Kursk Oblast")]
    public void TroopsPlacedInAProvinceOrForeignCountryArePresentThere(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Fact]
    public void AnUnnamedPartnerSomewhereIsNotThePlace()
    {
        var relations = Relations("The Ugandan army said Lord's Resistance Army fighters were talking to their handlers in Sudan.");

        Assert.DoesNotContain(relations, r => r.Contains("IN_CONTACT_WITH Sudan", StringComparison.Ordinal));
    }

    [Fact]
    public void NamesInAppositionToADescribedGroupAreObjectsAndSubjectsOfItsParticiple()
    {
        var relations = Relations("The Ugandan army said it had attacked Sudanese troops and the militias allied with them, the Lord's Resistance Army and the Rapid Support Forces, as they fled.");

        Assert.Contains("Uganda People's Defence Force ATTACKS Lord's Resistance Army", relations);
        Assert.Contains("Uganda People's Defence Force ATTACKS Rapid Support Forces", relations);
        Assert.Contains("Lord's Resistance Army ALLIED_WITH Sudan", relations);
        Assert.DoesNotContain("Sudan ALLIED_WITH Lord's Resistance Army", relations);
    }

    [Fact]
    public void JointOperationsAllyTheirPartnersAgainstTheirTarget()
    {
        var relations = Relations("The attackers wanted to divert attention from the joint operations that the Ugandan army and the Kenyan army are conducting against the Lord's Resistance Army, the Ugandan army said.");

        Assert.Contains("Uganda People's Defence Force ALLIED_WITH Kenyan army", relations);
        Assert.Contains("Kenyan army ATTACKS Lord's Resistance Army", relations);
    }

    [Theory]
    [InlineData("The Ugandan army said the Lord's Resistance Army had carried out the raid.", true)]
    [InlineData("The Lord's Resistance Army said its fighters had carried out the raid.", false)]
    public void SayingAnotherActorCarriedOutTheAttackAccusesIt(string text, bool accuses)
    {
        var relations = Relations(text);

        Assert.Equal(accuses, relations.Contains("Uganda People's Defence Force ACCUSES Lord's Resistance Army"));
        Assert.DoesNotContain("Lord's Resistance Army ACCUSES Lord's Resistance Army", relations);
    }

    [Fact]
    public void AnAdjectiveBeforeTheDescribedGroupKeepsTheList()
    {
        var relations = Relations("The Ugandan army said it had attacked Sudanese troops and the Acholi militias allied with them, the Lord's Resistance Army and the Rapid Support Forces.");

        Assert.Contains("Uganda People's Defence Force ATTACKS Rapid Support Forces", relations);
    }

    [Fact]
    public void OnlyTheActorRightBeforeAVerbOfNamingAccusesWhomItNames()
    {
        var relations = Relations("The Sudanese army sent a note which, Kenyan media reported, labelled the Rapid Support Forces a \"terrorist organization\".");

        Assert.DoesNotContain("Kenya ACCUSES Rapid Support Forces", relations);
    }

    [Fact]
    public void WeOfASpeakerWithNoKnownSideIsNoGroupNamedBefore()
    {
        var relations = Relations("The Lord's Resistance Army crossed the border. \"We had contact with the Kenyan army before,\" adviser Okello Lutwa said.");

        Assert.DoesNotContain("Lord's Resistance Army IN_CONTACT_WITH Kenyan army", relations);
    }

    [Fact]
    public void APronounOnEachSideLeavesTheRelationOpen()
    {
        var relations = Relations("\"Uganda has declared the Lord's Resistance Army a criminal group, but even they are talking to them,\" adviser Okello Lutwa said.");

        Assert.DoesNotContain(relations, r => r.Contains("IN_CONTACT_WITH", StringComparison.Ordinal));
    }

    [Fact]
    public void AGroupIntroducedByCalledIsNamedAndItsAffiliationRead()
    {
        var relations = Relations("The Sudanese army said the raid was the work of \"a terrorist group called Blue Nile Lions, affiliated to the so-called Rapid Support Forces\".");

        Assert.Contains("Sudanese Armed Forces ACCUSES Blue Nile Lions", relations);
        Assert.Contains("Blue Nile Lions PART_OF Rapid Support Forces", relations);
    }

    [Fact]
    public void AnAttackBearingAnActorsFootprintsAccusesIt()
    {
        var relations = Relations("1.2 Pentagon spokesman Tom Reyes, 3 March: the attack bore the \"footprints\" of the Rapid Support Forces.");

        Assert.Contains("Tom Reyes ACCUSES Rapid Support Forces", relations);
    }

    [Theory]
    [InlineData("On Monday the Rapid Support Forces announced a Saudi-brokered ceasefire with the Sudanese army.", "Rapid Support Forces NEGOTIATES_WITH Sudanese Armed Forces")]
    [InlineData("The Sudanese army vowed to crush the Rapid Support Forces.", "Sudanese Armed Forces THREATENS Rapid Support Forces")]
    [InlineData("The Sudanese army warned the Rapid Support Forces that it would strike back.", "Sudanese Armed Forces THREATENS Rapid Support Forces")]
    [InlineData("The Sudanese army said Egypt had sent troops to Libya last year.", "Egypt PRESENT_IN Libya")]
    public void TheSpeakersOwnActsVowsAndDeploymentsAreRead(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Fact]
    public void TheArmyIsTheArmyOfTheCountryTheArticleIsSetIn()
    {
        var relations = Relations("KAMPALA, May 3 - The Ugandan army and the Kenyan army are hunting the Lord's Resistance Army, a spokesman for the Ugandan army said. The army would pursue the Lord's Resistance Army to its last hideout, he added.");

        Assert.Contains("Uganda People's Defence Force THREATENS Lord's Resistance Army", relations);
        Assert.DoesNotContain("Kenyan army THREATENS Lord's Resistance Army", relations);
    }

    [Fact]
    public void WhatAnActorTalksAboutInAPlaceIsNotTheActorThere()
    {
        var relations = Relations("The State Department understood the concerns Chad has about foreign fighters inside Sudan, the spokesman Tom Reyes said.");

        Assert.DoesNotContain("Chad PRESENT_IN Sudan", relations);
    }
}
