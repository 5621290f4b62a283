using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>Relations written other than "SUBJECT verb OBJECT": nouns, the passive, relative clauses, lists, capitals.</summary>
public sealed class RelationShapeTests
{
    private static List<string> Relations(string text) => RelationTexts.Asserted(text);

    [Theory]
    [InlineData("The UN said an attack by al-Shabaab on ATMIS killed five soldiers.", "al-Shabaab ATTACKS ATMIS")]
    [InlineData("The UN said the offensive by HTS against the Syrian Arab Army has begun.", "Hay'at Tahrir al-Sham ATTACKS Syrian Arab Army")]
    [InlineData("The UN said Hezbollah's offensive against Israel continued.", "Hezbollah ATTACKS Israel")]
    public void ANounOfAttackTakesItsDoerAndTarget(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Theory]
    [InlineData("The UN said the Houthis, which are backed by Iran, attacked the ship.")]
    [InlineData("The UN said the Houthis, backed by Iran, attacked the ship.")]
    [InlineData("The UN said the Iran-backed Houthis attacked the ship.")]
    public void ThePassiveNamesItsDoerAfterBy(string text)
    {
        Assert.Contains("Iran SUPPORTS Houthis", Relations(text));
    }

    [Theory]
    [InlineData("The UN said 40 fighters from HTS and the allied, Turkish-backed Syrian National Army (SNA) were killed.", "Turkey SUPPORTS Syrian National Army")]
    [InlineData("The UN said 40 fighters from HTS and the allied, Turkish-backed Syrian National Army (SNA) were killed.", "Hay'at Tahrir al-Sham ALLIED_WITH Syrian National Army")]
    public void AdjectivesBeforeAnActorAreRead(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Theory]
    [InlineData("The UN said fighters loyal to the Taliban attacked the Haqqani network.", "Taliban ATTACKS Haqqani network")]
    [InlineData("The UN said militias allied to Hezbollah fought against Israel.", "Hezbollah ATTACKS Israel")]
    public void FightersLoyalToAnActorActForIt(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Theory]
    [InlineData("The UN said Hamas and Hezbollah attacked Israel.")]
    [InlineData("The UN said Hezbollah, Hamas and the Houthis attacked Israel.")]
    public void ActorsListedAsSubjectsShareTheRelation(string text)
    {
        var relations = Relations(text);

        Assert.Contains("Hamas ATTACKS Israel", relations);
        Assert.Contains("Hezbollah ATTACKS Israel", relations);
    }

    [Fact]
    public void ASecondVerbSharesTheFirstOnesObject()
    {
        Assert.Contains("Hamas ATTACKS Fatah", Relations("The UN said that Hamas fighters killed or wounded dozens of Fatah members."));
    }

    [Theory]
    [InlineData("The UN said that the Syrian National Army took the town of Tal Rifaat from the SDF.", "Syrian National Army ATTACKS Syrian Democratic Forces")]
    [InlineData("The UN said the Arakan Army attacked junta positions in Rakhine State.", "Arakan Army ATTACKS Myanmar military")]
    public void TakingGroundFromAnActorAttacksIt(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Fact]
    public void AGroupSaidToBeSomewhereIsPresentThere()
    {
        Assert.Contains("Islamic State West Africa Province PRESENT_IN Borno State", Relations("The UN said there are hundreds of ISWAP fighters in Borno State."));
    }

    [Fact]
    public void TwoSidesAcceptingOneProposalNegotiated()
    {
        var relations = Relations("The UN said the governments of Israel and Lebanon had accepted an American proposal.");

        Assert.Contains("Israel NEGOTIATES_WITH Lebanon", relations);
    }

    [Fact]
    public void GovernmentForcesAreTheForcesOfTheCountryTheArticleIsSetIn()
    {
        var relations = Relations(
            "The Syrian army and Russian forces shelled Idlib province, the UN said. Russian forces struck again, the UN said. " +
            "The UN said government forces killed dozens of HTS fighters.");

        Assert.Contains("Syrian Arab Army ATTACKS Hay'at Tahrir al-Sham", relations);
    }

    [Theory]
    [InlineData("Washington accused Tehran of arming the Houthis.", "United States ACCUSES Iran")]
    [InlineData("The UN said talks between Kigali and Kinshasa had failed.", "Rwanda NEGOTIATES_WITH Democratic Republic of the Congo")]
    public void ACapitalThatActsIsItsState(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Theory]
    [InlineData("Moscow said that Ukraine attacked the Wagner Group.", "Russia")]
    [InlineData("Putrajaya said that Ukraine attacked the Wagner Group.", "Malaysia")]
    [InlineData("Mbabane said that Ukraine attacked the Wagner Group.", "Eswatini")]
    public void ACapitalOrSeatOfGovernmentThatSpeaksIsItsState(string text, string state)
    {
        var graph = Extractors.Extract(text);

        Assert.Equal(state, Extractors.NameOf(graph, graph.Claims.Single().Speaker));
    }

    [Theory]
    [InlineData("Fighting in Khartoum continued, the UN said.", "Sudan")]
    [InlineData("KABUL, Nov 2 (Wire) - The UN said the Taliban attacked Pakistan.", "Afghanistan")]
    [InlineData("The UN envoy visited Damascus and said the talks would go on.", "Syria")]
    [InlineData("Sofia Rossi, a UN official, said the Taliban attacked Pakistan.", "Bulgaria")]
    [InlineData("The Washington Post reported that the Taliban attacked Pakistan.", "United States")]
    [InlineData("Government forces retook Mocímboa da Praia, the UN said.", "Cabo Verde")]
    public void ACapitalAsAPlaceOrInsideANameIsNotItsState(string text, string state)
    {
        var graph = Extractors.Extract(text);

        Assert.DoesNotContain(graph.Entities, e => e.Name == state);
    }

    [Theory]
    [InlineData("The UN said the Taliban seized a base in Kunar province in Afghanistan.", "Taliban PRESENT_IN Kunar", "Taliban CONTROLS Kunar")]
    [InlineData("The UN said the Taliban seized Kunar province in Afghanistan.", "Taliban CONTROLS Kunar", "Taliban PRESENT_IN Kunar")]
    public void WhatIsHeldInAPlaceSaysWhereTheActorIsNotWhatItHolds(string text, string expected, string unexpected)
    {
        var relations = Relations(text);

        Assert.Contains(expected, relations);
        Assert.DoesNotContain(unexpected, relations);
    }

    [Theory]
    [InlineData("The UN said Hamas enjoys the support of Iran.", "Hamas SUPPORTS Iran")]
    [InlineData("The UN said Hamas took money from Hezbollah.", "Hamas ATTACKS Hezbollah")]
    [InlineData("The UN said Israel struck Beirut's southern suburbs.", "Israel ATTACKS Lebanon")]
    [InlineData("The UN said the United States and Britain agreed to send aid.", "United States NEGOTIATES_WITH United Kingdom")]
    [InlineData("The UN said Hezbollah will not be allowed to threaten Israel.", "Hezbollah SUPPORTS Israel")]
    [InlineData("The UN said the al-Qaeda-linked JNIM attacked the army.", "al-Qaeda IN_CONTACT_WITH JNIM")]
    public void LookalikesOfTheseShapesAssertNothing(string text, string unexpected)
    {
        Assert.DoesNotContain(unexpected, Relations(text));
    }

    [Theory]
    [InlineData("The UN said JNIM, al-Qaeda's affiliate in the Sahel, attacked the army.", "JNIM PART_OF al-Qaeda")]
    [InlineData("The UN said JNIM, an al-Qaeda affiliate, attacked Wagner.", "JNIM PART_OF al-Qaeda")]
    [InlineData("The UN said the Houthis, an Iran-backed group, attacked the ship.", "Iran SUPPORTS Houthis")]
    [InlineData("The UN said Hezbollah, Iran's main ally in Lebanon, fired rockets.", "Hezbollah ALLIED_WITH Iran")]
    public void AnActorDescribedByAnotherIsRelatedToIt(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Theory]
    [InlineData("The UN said Hamas and Fatah clashed in Gaza.")]
    [InlineData("The UN said Hamas had clashed with Fatah in Gaza.")]
    [InlineData("The UN said Hamas fighters clashing with Fatah had taken a hospital.")]
    [InlineData("The UN said heavy fighting between Hamas and Fatah had closed the crossing.")]
    public void BothSidesOfAClashAttack(string text)
    {
        var relations = Relations(text);

        Assert.Contains("Hamas ATTACKS Fatah", relations);
        Assert.Contains("Fatah ATTACKS Hamas", relations);
    }

    [Fact]
    public void FireSentIntoACountryAttacksIt()
    {
        Assert.Contains("Hezbollah ATTACKS Israel", Relations("The UN said Hezbollah fired rockets into Israel."));
    }

    [Fact]
    public void LinkingAnActorToAnActIsNoContact()
    {
        Assert.Empty(Relations("The UN said police linked Hamas to the bombing."));
    }

    [Fact]
    public void EveryDoerAfterByIsASubject()
    {
        var relations = Relations("Hamas is backed by Iran and Qatar, Israeli officials said.");

        Assert.Contains("Iran SUPPORTS Hamas", relations);
        Assert.Contains("Qatar SUPPORTS Hamas", relations);
    }

    [Theory]
    [InlineData("The UN said al-Shabaab, which is linked to al-Qaeda, attacked the base.", "al-Shabaab IN_CONTACT_WITH al-Qaeda")]
    [InlineData("The UN said the Taliban, which controls Kunar province in Afghanistan, attacked Pakistan.", "Taliban CONTROLS Kunar")]
    [InlineData("The UN said the Taliban, which controls Kunar province in Afghanistan, attacked Pakistan.", "Taliban ATTACKS Pakistan")]
    public void ARelativeClauseHangsOnTheActorBeforeIt(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Fact]
    public void APluralNounAfterAnObjectIsNoVerb()
    {
        var relations = Relations("The Israeli military said it struck Hezbollah targets in southern Lebanon.");

        Assert.Contains("Israel Defense Forces ATTACKS Hezbollah", relations);
        Assert.DoesNotContain("Hezbollah ATTACKS Lebanon", relations);
    }
}
