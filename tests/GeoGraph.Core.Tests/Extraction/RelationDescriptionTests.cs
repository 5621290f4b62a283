using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>Relations written as descriptions and as the fate of one side: blame past a long apposition, an expulsion told from the expelled, a branch named before its parent.</summary>
public sealed class RelationDescriptionTests
{
    private static List<string> Relations(string text) => RelationTexts.Asserted(text);

    [Theory]
    [InlineData("Kenya said the LRA was most likely behind the shooting.")]
    [InlineData("Kenya said the LRA, a rebel group formed in 1987 from a merger of smaller factions in the north, was probably behind the bombing.")]
    public void BeingBehindAnActBlamesTheDoerPastHedgesAndAppositions(string text)
    {
        Assert.Contains("Kenya ACCUSES Lord's Resistance Army", Relations(text));
    }

    [Fact]
    public void BeingBehindSomethingOtherThanAnActBlamesNobody()
    {
        Assert.DoesNotContain(Relations("Kenya said the LRA was most likely behind the hills."), r => r.Contains("ACCUSES", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kenya said the attack was carried out by the Katiba Macina, a unit of JNIM.", "Katiba Macina PART_OF JNIM")]
    [InlineData("Kenya said the attack was carried out by the Katiba Macina, part of JNIM.", "Katiba Macina PART_OF JNIM")]
    [InlineData("Kenya said the attack was carried out by the Katiba Macina, a member of the JNIM coalition.", "Katiba Macina PART_OF JNIM")]
    [InlineData("Kenya said the raid was carried out by the LRA, a close ally of al-Shabaab.", "Lord's Resistance Army ALLIED_WITH al-Shabaab")]
    [InlineData("Kenya said the raid was carried out by the LRA, a proxy of Sudan.", "Sudan SUPPORTS Lord's Resistance Army")]
    public void AnAppositionWithOfRelatesTheActorItDescribes(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Fact]
    public void ABelongingAppositionWithoutAnArticleLeavesTheSubjectActing()
    {
        var relations = Relations("Kenya said the Katiba Macina, part of the al-Qaeda-linked JNIM coalition, had attacked Malian troops.");

        Assert.Contains("Katiba Macina PART_OF JNIM", relations);
        Assert.Contains("Katiba Macina ATTACKS Mali", relations);
        Assert.DoesNotContain("JNIM ATTACKS Mali", relations);
    }

    [Theory]
    [InlineData("Kenya said Deputy Minister Joseph Mwale was expelled from the LRA.")]
    [InlineData("Kenya said Deputy Minister Joseph Mwale was detained and kicked out of the LRA.")]
    public void TheOneExpelledIsCutOffByTheBodyThatExpelledHim(string text)
    {
        var relations = Relations(text);
        Assert.Contains("Lord's Resistance Army CUT_TIES_WITH Joseph Mwale", relations);
        Assert.DoesNotContain("Joseph Mwale CUT_TIES_WITH Lord's Resistance Army", relations);
    }

    [Theory]
    [InlineData("Kenya said al-Qaeda's East African branch, the LRA, carried out the attacks.", "Lord's Resistance Army PART_OF al-Qaeda")]
    [InlineData("Kenya said Uganda's closest ally, the LRA, was rearming.", "Lord's Resistance Army ALLIED_WITH Uganda")]
    public void AnActorDescribedBeforeItsNameIsRelatedToTheDescriber(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Fact]
    public void APossessiveWithoutAnApposedNameRelatesNothing()
    {
        Assert.DoesNotContain(Relations("Kenya said al-Qaeda's East African branch carried out the attacks."),
            r => r.Contains("PART_OF", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kenyan prosecutors accuse the LRA of smuggling gold into Uganda.")]
    [InlineData("Kenyan officials blame the LRA for the bombing.")]
    public void APresentTenseAccusationByAPluralSubjectAccuses(string text)
    {
        Assert.Contains("Kenya ACCUSES Lord's Resistance Army", Relations(text));
    }

    [Fact]
    public void ADeniedPresentTenseAccusationAssertsNothing()
    {
        Assert.DoesNotContain("Kenya ACCUSES Lord's Resistance Army", Relations("Kenyan prosecutors do not accuse the LRA of the bombing."));
    }

    [Theory]
    [InlineData("Kenya said it had deployed 400 troops to Uganda.")]
    [InlineData("Kenya said it had sent about 2,000 more soldiers into Uganda.")]
    [InlineData("Tanzania said Kenya had sent paratroopers into Uganda.")]
    public void AForceSentSomewhereWithOrWithoutACountPutsTheSenderThere(string text)
    {
        Assert.Contains("Kenya PRESENT_IN Uganda", Relations(text));
    }

    [Theory]
    [InlineData("Kenya said it had deployed 300 troops to Turkana, Marsabit and Wajir.")]
    [InlineData("Kenya said its troops had been deployed to Turkana and to the neighbouring Marsabit and Wajir counties.")]
    public void AForceSentToSeveralPlacesIsInEachOfThem(string text)
    {
        var relations = Relations(text);

        Assert.Contains(relations, r => r.EndsWith("PRESENT_IN Turkana", StringComparison.Ordinal));
        Assert.Contains(relations, r => r.EndsWith("PRESENT_IN Marsabit", StringComparison.Ordinal));
        Assert.Contains(relations, r => r.EndsWith("PRESENT_IN Wajir", StringComparison.Ordinal));
    }

    [Fact]
    public void ADeploymentWithoutAForceNounPlacesNobody()
    {
        Assert.DoesNotContain(Relations("Kenya said it had sent 400 letters to Uganda."), r => r.Contains("PRESENT_IN", StringComparison.Ordinal));
    }

    [Fact]
    public void AMutualCueWithOneSideBeforeAndTheOtherAfterWithRelatesThem()
    {
        Assert.Contains("Kenya NEGOTIATES_WITH Lord's Resistance Army", Relations("Kenya said it had signed a ceasefire agreement with the LRA in Nairobi."));
    }

    [Fact]
    public void TwoSidesThatCarriedOutJointOperationsAreAllied()
    {
        Assert.Contains("Lord's Resistance Army ALLIED_WITH al-Shabaab",
            Relations("Kenya said the LRA and al-Shabaab had carried out joint operations along the border."));
    }

    [Theory]
    [InlineData("Kenya said fighters of al-Shabaab and the LRA jointly attacked the Kenya Defence Forces in Lamu.")]
    [InlineData("Kenya said al-Shabaab and the LRA attacked the Kenya Defence Forces in Lamu.")]
    public void EveryActorOfACoordinatedSubjectActs(string text)
    {
        var relations = Relations(text);
        Assert.Contains(relations, r => r.StartsWith("al-Shabaab ATTACKS", StringComparison.Ordinal));
        Assert.Contains(relations, r => r.StartsWith("Lord's Resistance Army ATTACKS", StringComparison.Ordinal));
    }

    [Fact]
    public void AnAbbreviatedNameCoordinatedWithADemonymActsToo()
    {
        var relations = Relations("The command said U.S. and British aircraft struck 13 LRA targets in Gulu district on Saturday.");
        Assert.Contains("United States ATTACKS Lord's Resistance Army", relations);
        Assert.Contains("United Kingdom ATTACKS Lord's Resistance Army", relations);
    }

    [Fact]
    public void TheTwoThatFoughtEachOtherAreTheLastTwoNamed()
    {
        var relations = Relations("Kenya said al-Shabaab split from the LRA in 2016 and the two have fought each other ever since.");
        Assert.Contains("al-Shabaab ATTACKS Lord's Resistance Army", relations);
        Assert.Contains("Lord's Resistance Army ATTACKS al-Shabaab", relations);
    }

    [Fact]
    public void MembersOfAGroupShellingOurPositionsAttackTheSpeakersSide()
    {
        Assert.Contains("Lord's Resistance Army ATTACKS Kenyan army",
            Relations("\"The terrorists of the LRA are shelling our positions every night,\" the Kenyan army said."));
    }

    [Theory]
    [InlineData("Uganda said its peacekeepers had been fired upon by Kenyan troops near the border.", "Kenya ATTACKS Uganda")]
    [InlineData("The LRA said its fighters had shot down a Kenyan drone near the border.", "Lord's Resistance Army ATTACKS Kenya")]
    public void FireToldFromTheSideItFellOnAndDownedStateAircraft(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Theory]
    [InlineData("The Ugandan army said the LRA's Kony Brigade had ambushed a patrol near Gulu.", "Kony Brigade PART_OF Lord's Resistance Army")]
    [InlineData("The LRA said its Kony Brigade had carried out the raid.", "Kony Brigade PART_OF Lord's Resistance Army")]
    [InlineData("Kenya said al-Shabaab was courting the Islamic State's Somalia branch (ISS).", "al-Shabaab SEEKS_ALLIANCE_WITH Islamic State Somalia Province")]
    public void AUnitNamedAsAnActorsOwnIsPartOfIt(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Fact]
    public void ASidesOwnUnitActingBlamesNobody()
    {
        Assert.DoesNotContain(Relations("The LRA said its Kony Brigade had carried out the raid."), r => r.Contains("ACCUSES", StringComparison.Ordinal));
    }

    [Fact]
    public void ABranchDescribedWithAPlaceNameIsPartOfItsOwner()
    {
        Assert.Contains("Lord's Resistance Army PART_OF Islamic State",
            Relations("The UN said the Lord's Resistance Army (LRA), the Islamic State's Central Africa branch, was operating in Gulu district."));
    }

    [Theory]
    [InlineData("Moscow says its forces have retaken most of the Kursk region.", "Russia CONTROLS Kursk Oblast")]
    [InlineData("Kyiv said Kherson Oblast had been liberated by Ukrainian forces.", "Ukrainian Armed Forces CONTROLS Kherson Oblast")]
    public void GroundTakenBackIsControlled(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Theory]
    [InlineData("Kenyan Defence Minister Peter Ouma accused Khartoum of smuggling drones to the LRA through Chad.", "Sudan SUPPORTS Lord's Resistance Army")]
    [InlineData("Kenya accused Sudan of flying drones and ammunition to the LRA.", "Sudan SUPPORTS Lord's Resistance Army")]
    [InlineData("Kenya accused Sudan of giving the LRA safe haven across the border.", "Sudan SUPPORTS Lord's Resistance Army")]
    [InlineData("Kenya said Khartoum had also sent artillery shells and missiles to Kampala.", "Sudan SUPPORTS Uganda")]
    public void WhatAnAccusedStateHandsOverSupportsTheReceiver(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Fact]
    public void ACapitalReachedByTravelIsNoReceiver()
    {
        Assert.DoesNotContain(Relations("Kenya said the Sudanese envoy flew to Kampala on Monday."), r => r.Contains("SUPPORTS", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kenyan army spokesman Peter Ouma said the army would respond to any attack by the LRA.", "Kenyan army THREATENS Lord's Resistance Army")]
    [InlineData("The LRA said it would answer every Kenyan and Ugandan strike on its camps.", "Lord's Resistance Army THREATENS Kenya")]
    [InlineData("The LRA said it would answer every Kenyan and Ugandan strike on its camps.", "Lord's Resistance Army THREATENS Uganda")]
    [InlineData("Uganda vowed to avenge the killing of its commander by the LRA.", "Uganda THREATENS Lord's Resistance Army")]
    public void AResponsePromisedToAnActorsActsThreatensIt(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Fact]
    public void TheVictimsOfAnActAvengedAreNotThreatened()
    {
        Assert.DoesNotContain(Relations("Kenya said it would avenge the killing of Ugandan soldiers by the LRA."), r => r.EndsWith("THREATENS Uganda", StringComparison.Ordinal));
    }

    [Fact]
    public void ARightToRespondThreatensNobody()
    {
        Assert.DoesNotContain(Relations("Kenya said it had the right and duty to respond to attacks by the LRA."), r => r.Contains("THREATENS", StringComparison.Ordinal));
    }

    [Fact]
    public void TheArmyAccusedOfADeedIsTheHomeArmy()
    {
        Assert.Contains("Peter Okot ACCUSES Uganda People's Defence Force",
            Relations("KAMPALA, March 3 (Wire) - Fighting went on in Uganda, Ugandan officials said. Rebel commander Peter Okot accused the army of firing on peasant marches near Gulu."));
    }

    [Fact]
    public void ThePoliceAccusedOfADeedAreTheHomeCountrysListedPolice()
    {
        Assert.Contains("Lord's Resistance Army ACCUSES Uganda Police Force",
            Relations("KAMPALA, March 3 (Wire) - Fighting went on in Uganda, Ugandan officials said. The LRA accused the police of staging a fake encounter near Gulu."));
    }

    [Theory]
    [InlineData("The LRA said it had overrun an army base near Gulu.")]
    [InlineData("The LRA said it had captured a military outpost near Gulu.")]
    public void TakingAForcesHoldingAttacksTheForce(string text)
    {
        Assert.Contains("Lord's Resistance Army ATTACKS Uganda People's Defence Force",
            Relations("KAMPALA, March 3 (Wire) - Fighting went on in Uganda, Ugandan officials said. " + text));
    }

    [Fact]
    public void NotHesitatingToStrikeIsAThreatAndANegationInAConditionNegatesNothing()
    {
        const string text = "Defence Minister Peter Okot said Uganda \"will not hesitate to strike LRA hideouts inside Sudan\" if Khartoum failed to act.";

        Assert.Contains("Uganda THREATENS Lord's Resistance Army", Relations(text));
        Assert.False(Assert.Single(Extractors.Extract(text).Claims).Negated);
    }

    [Fact]
    public void UnnamedFightersKilledInThePassiveAreTheGroupNamedBefore()
    {
        Assert.Contains("Uganda People's Defence Force ATTACKS Lord's Resistance Army",
            Relations("The LRA seized a train near Gulu on Tuesday. All 33 terrorists present at the site were killed by commandos of the Ugandan army, the army spokesman said."));
    }

    [Fact]
    public void UnnamedFightersWithNoGroupNamedBeforeAreNobody()
    {
        Assert.Empty(Relations("All 33 terrorists present at the site were killed by commandos of the Ugandan army, the army spokesman said."));
    }
}
