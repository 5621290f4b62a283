using GeoGraph.Core.Model;
using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// Speakers and attribution shapes found missing on the third development set (issue 3), each in an invented
/// sentence about another conflict.
/// </summary>
public sealed class SpeakerShapeTests
{
    private static Claim OnlyClaim(ArticleGraph graph) => Assert.Single(graph.Claims);

    [Theory]
    [InlineData("Twelve people were killed near the market in Freetown, officials said.", "officials")]
    [InlineData("Residents told Reuters that the gunmen arrived in Freetown at dawn.", "Residents")]
    [InlineData("Medics say dozens of wounded were taken to hospital in Freetown.", "Medics")]
    [InlineData("Five soldiers died in the ambush near Freetown, local officials said.", "local officials")]
    [InlineData("The two sides agreed to a ceasefire in Freetown on Sunday, mediators said.", "mediators")]
    [InlineData("Diplomats said the talks in Freetown had stalled over the prisoners.", "Diplomats")]
    public void ABareCollectiveSpeaksAsWritten(string text, string description)
    {
        var claim = OnlyClaim(Extractors.Extract(text));

        Assert.Null(claim.Speaker);
        Assert.Equal(description, claim.SpeakerDescription);
    }

    [Theory]
    [InlineData("Mortar fire killed nine people in Goma overnight, the Congolese army said Tuesday, as talks in Doha stalled.")]
    [InlineData("Mortar fire killed nine people in Goma overnight, the Congolese army said on Tuesday, as talks in Doha stalled.")]
    public void AnAttributionAfterTheStatementWithATimeAndTheWritersClauseKeepsTheStatement(string text)
    {
        var claim = OnlyClaim(Extractors.Extract(text));

        Assert.StartsWith("Mortar fire killed nine people", claim.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ATimeAfterTheVerbThenAPossessiveStartsTheStatementAtThePossessive()
    {
        var claim = OnlyClaim(Extractors.Extract("Kenya's army said on Saturday its troops had killed 12 militants near the border."));

        Assert.StartsWith("its troops had killed", claim.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AHyphenatedPlaceInADatelineStaysInTheDateline()
    {
        var claim = OnlyClaim(Extractors.Extract("BENI-ABBES, Algeria (AP) — Gunmen killed four soldiers near the border overnight, officials said Tuesday."));

        Assert.StartsWith("Gunmen killed four soldiers", claim.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ALongRelativeClauseBetweenAnUnnamedOfficialAndTheVerbIsReadPast()
    {
        var claim = OnlyClaim(Extractors.Extract(
            "A senior army official, who spoke on condition of anonymity because he was not authorised to brief journalists, said the rebels had withdrawn from Goma."));

        Assert.EndsWith("senior army official", claim.SpeakerDescription, StringComparison.Ordinal);
        Assert.StartsWith("the rebels had withdrawn", claim.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void PoliceAreThePoliceForceTheArticleNames()
    {
        var graph = Extractors.Extract("The Kenya Police sealed off the road. Two attackers were shot dead near Garissa, police said.");

        var claim = OnlyClaim(graph);

        Assert.Equal("Kenya Police", Extractors.NameOf(graph, claim.Speaker));
    }

    [Fact]
    public void PoliceWithNoForceNamedAreTheHomeCountrysPolice()
    {
        var graph = Extractors.Extract("Two attackers were shot dead near Garissa in Kenya on Sunday, police said.");

        Assert.Equal("National Police Service", Extractors.NameOf(graph, OnlyClaim(graph).Speaker));
    }

    [Theory]
    [InlineData("Uganda closed the border on Monday. Its officials said the LRA had crossed from Kenya.", "Uganda")]
    [InlineData("The LRA attacked Gulu on Monday. Its spokesman said the raid was revenge.", "Lord's Resistance Army")]
    [InlineData("The LRA attacked Gulu on Monday. Their leaders said the raid was revenge.", "Lord's Resistance Army")]
    public void ItsOrTheirPeopleSpeakForTheBodyThePossessiveStandsFor(string text, string body)
    {
        var graph = Extractors.Extract(text);

        Assert.Equal(body, Extractors.NameOf(graph, OnlyClaim(graph).Speaker));
    }

    [Theory]
    [InlineData("The U.S. Federal Bureau of Investigation said the LRA was recruiting in Kenya.")]
    [InlineData("The American Federal Bureau of Investigation (FBI) said the LRA was recruiting in Kenya.")]
    public void ACountryRightBeforeABodysNameOnlyQualifiesIt(string text)
    {
        var graph = Extractors.Extract(text);

        Assert.Equal("Federal Bureau of Investigation", Extractors.NameOf(graph, OnlyClaim(graph).Speaker));
    }

    [Fact]
    public void ACollectiveInsideAnAppositionDoesNotSpeak()
    {
        var graph = Extractors.Extract("Amnesty International, which interviewed witnesses, said at least 40 people died in Kenya.");

        Assert.Equal("Amnesty International", Extractors.NameOf(graph, OnlyClaim(graph).Speaker));
    }

    [Fact]
    public void AShortPastTenseMakesAClause()
    {
        Assert.Equal("at least 40 people died in Kenya", OnlyClaim(Extractors.Extract("Amnesty International said at least 40 people died in Kenya.")).Text);
    }

    // "the minister" after another official was named since; "he" after a quote that names another general.
    [Theory]
    [InlineData("Interior Minister Omar Haddad said the raid had ended in Tunisia. He praised General Karim Saleh, the commander of the unit. "
                + "\"This operation is a heavy blow to the smugglers,\" the minister said.")]
    [InlineData("Army chief General Omar Haddad flew into the town of Kasserine in Tunisia on Monday.\n\n"
                + "\"We lost General Karim Saleh and we lost our base, but today you have taken it back,\" he told the troops.")]
    public void AQuoteIsTheOfficialsWhoSpokeNotOfTheOneNamedSinceOrInside(string text)
    {
        var graph = Extractors.Extract(text);

        var quote = Assert.Single(graph.Claims, c => c.Form == ClaimForm.DirectQuote);

        Assert.Equal("Omar Haddad", Extractors.NameOf(graph, quote.Speaker));
    }

    [Fact]
    public void ATitleAfterACommaIntroducesTheNextPersonNotTheOneBefore()
    {
        var graph = Extractors.Extract("Soldiers captured Ali Haidar, a son of the jailed smuggler Karim Haidar, Defence Minister Omar Saleh said.");

        Assert.Equal("Omar Saleh", Extractors.NameOf(graph, OnlyClaim(graph).Speaker));
        Assert.DoesNotContain(graph.Entities.OfType<Official>(), e => e.Name == "Karim Haidar" && e.Role is not null);
    }

    [Theory]
    [InlineData("On 3 May Omar Haddad, the spokesman of the Kenyan Defence Ministry, said Nairobi was watching the border.")]
    [InlineData("On Monday Omar Haddad, the spokesman of the Kenyan Defence Ministry, said Nairobi was watching the border.")]
    public void ADateWordBeforeANameIsNotPartOfIt(string text)
    {
        var graph = Extractors.Extract(text);

        Assert.Equal("Omar Haddad", Extractors.NameOf(graph, OnlyClaim(graph).Speaker));
    }

    [Fact]
    public void AClauseBeforeAndThatIsAStatementToo()
    {
        var graph = Extractors.Extract("The Kenyan Defence Ministry said the situation remained extremely tense and that two bridges had been hit.");

        Assert.Contains(graph.Claims, c => c.Text.StartsWith("the situation remained extremely tense", StringComparison.Ordinal));
    }

    [Fact]
    public void AnAccusationWithItsChargeAfterAQuoteIsAStatementOfItsOwn()
    {
        var graph = Extractors.Extract("\"The responsibility lies with the leaders of Somalia,\" the Kenyan Defence Ministry said in a statement, accusing Somalia of a policy of adventurism.");

        Assert.Equal(2, graph.Claims.Count);
        Assert.Contains(graph.Claims, c => c.Text.Contains("Somalia of a policy of adventurism", StringComparison.Ordinal) && Extractors.NameOf(graph, c.Speaker) == "Kenyan Defence Ministry");
    }

    [Fact]
    public void AVerbInARelativeClauseHasTheClausesSubjectAndTheMainVerbTheSentencesOpener()
    {
        var graph = Extractors.Extract("The Ogaden Liberation Front (OLF), a little-known outfit that officials describe as a front for al-Shabaab, claimed responsibility for the assault.");

        Assert.Contains(graph.Claims, c => c.Speaker is null && c.SpeakerDescription == "officials" && c.Text.Contains("a front for al-Shabaab", StringComparison.Ordinal));
        Assert.Contains(graph.Claims, c => c.Speaker is not null && Extractors.NameOf(graph, c.Speaker) == "Ogaden Liberation Front" && c.Text.Contains("responsibility for the assault", StringComparison.Ordinal));
    }

    [Fact]
    public void ABracketWithCommasAndADescriptionStandBetweenSubjectAndVerb()
    {
        var graph = Extractors.Extract("The Ogaden Liberation Front (OLF, Jabhadda in Somali), the armed wing of the movement, claimed responsibility for the raid.");

        Assert.Equal("Ogaden Liberation Front", Extractors.NameOf(graph, OnlyClaim(graph).Speaker));
    }

    [Fact]
    public void AHeadlineStatementNeedsNoVerb()
    {
        var graph = Extractors.Extract("Kenya says 12 dead in battle for Garissa after raid on depot\n\nGARISSA, Kenya - Fighting went on through the night.");

        Assert.Contains(graph.Claims, c => c.Text.StartsWith("12 dead in battle for Garissa", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Ogaden Liberation Front took responsibility for the attack on the depot.")]
    [InlineData("The Ogaden Liberation Front takes full responsibility for the attack on the depot.")]
    public void TakingResponsibilityIsAClaimOfTheAct(string text)
    {
        var graph = Extractors.Extract(text);

        Assert.Contains("responsibility for the attack on the depot", OnlyClaim(graph).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnIndefiniteDescriptionReachesBackToItsArticle()
    {
        var claim = OnlyClaim(Extractors.Extract("A district emergency officer told reporters that the injured were being moved to the hospital in Kenya."));

        Assert.Equal("A district emergency officer", claim.SpeakerDescription);
    }

    [Theory]
    [InlineData("The Ogaden Liberation Front announced an interim leader on Monday.", "an interim leader")]
    [InlineData("In the same letter Omar Haddad, the spokesman of the Ogaden Liberation Front, announced his resignation as its deputy leader.", "his resignation as its deputy leader")]
    public void WhatIsAnnouncedIsTheStatement(string text, string announced)
    {
        Assert.Contains(announced, OnlyClaim(Extractors.Extract(text)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAnnouncementThatHoldsAClauseStartsAfterThat()
    {
        Assert.Equal("its fighters had withdrawn", OnlyClaim(Extractors.Extract("The Ogaden Liberation Front announced that its fighters had withdrawn.")).Text);
    }

    [Fact]
    public void AnOfficeOwnedThroughAPossessiveIsRead()
    {
        var graph = Extractors.Extract("Late on Wednesday the secretary of Kenya's Security Council, Omar Haddad, announced on television that a truce had been agreed.");

        Assert.Equal("Omar Haddad", Extractors.NameOf(graph, OnlyClaim(graph).Speaker));
    }

    [Theory]
    [InlineData("The LRA tightened its siege of Gulu on Monday. The Ugandan-led force said 300 prisoners had surrendered.")]
    [InlineData("The LRA fired rockets at Gulu on Monday. The Sudan-backed group said the strikes answered Ugandan raids.")]
    public void ADescriptionWithAHyphenedQualifierIsTheGroupNamedBefore(string text)
    {
        var graph = Extractors.Extract(text);

        var claim = Assert.Single(graph.Claims);
        Assert.Equal("Lord's Resistance Army", Extractors.NameOf(graph, claim.Speaker));
    }

    [Fact]
    public void AHyphenedQualifierKeepsTheNameInIt()
    {
        var graph = Extractors.Extract("The LRA fired rockets at Gulu on Monday. The Sudan-backed group said the strikes answered Ugandan raids.");

        Assert.Contains(graph.Entities, e => e.Name == "Sudan");
    }

    [Fact]
    public void AnUnnamedOfficialOfAPossessiveCountrySpeaksForIt()
    {
        var graph = Extractors.Extract("Kenya's defence minister warned the LRA of a crushing response.");

        var claim = OnlyClaim(graph);
        Assert.Equal("Kenya", Extractors.NameOf(graph, claim.Speaker));
        Assert.Equal("Kenya's defence minister", claim.SpeakerDescription);
    }

    [Fact]
    public void AnUnnamedOfficerOfAPossessiveCountrySpeaksForItsNamedArmy()
    {
        var graph = Extractors.Extract(
            "The Kenya Defence Forces pushed into Lamu on Monday. Kenya's army commander said the LRA had been largely defeated in the forest.");

        var claim = Assert.Single(graph.Claims);
        Assert.Equal("Kenya Defence Forces", Extractors.NameOf(graph, claim.Speaker));
    }

    [Fact]
    public void AQuoteParagraphAfterASentenceThatIntroducesASpeakerIsTheirs()
    {
        var graph = Extractors.Extract(
            "Colonel Peter Ouma, who commands the army task force in Lamu, spoke to us at a base outside Nairobi.\n\n"
            + "\"When we arrived, the rebels had checkpoints on every road into the county.\"");

        var claim = Assert.Single(graph.Claims);
        Assert.Equal("Peter Ouma", Extractors.NameOf(graph, claim.Speaker));
    }

    [Fact]
    public void AQuoteAfterASentenceThatIntroducesNobodyHasNoSpeaker()
    {
        var graph = Extractors.Extract("The road to Lamu was closed for a week.\n\n\"When we arrived, the rebels had checkpoints on every road into the county.\"");

        Assert.Empty(graph.Claims);
    }
    [Fact]
    public void HeAfterAnOfficialNamedAsAnObjectIsTheOneWhoSpoke()
    {
        var graph = Extractors.Extract("Kenyan President William Ruto said Kenya would take the matter to the UN Security Council and had informed Secretary-General "
                                       + "António Guterres. To investors he had a simple message: \"Your investment is safe.\"");

        var quote = Assert.Single(graph.Claims, c => c.Text == "Your investment is safe");
        Assert.Equal("William Ruto", Extractors.NameOf(graph, quote.Speaker));
    }
    [Fact]
    public void HeAfterAnOfficialNamedAfterOfIsTheOneWhoActed()
    {
        var graph = Extractors.Extract("LRA commander Okot Odhiambo used a speech marking the killing of Ugandan General James Kazini to demand that Kenyan troops leave. "
                                       + "Ugandan media quoted him as saying the group would fight on.");

        var claim = Assert.Single(graph.Claims, c => c.Text == "the group would fight on");
        Assert.Equal("Okot Odhiambo", Extractors.NameOf(graph, claim.Speaker));
    }

    [Theory]
    [InlineData("The LRA attacked a Ugandan base on Monday, its spokesman said.", "Lord's Resistance Army")]
    [InlineData("Kenya will send more troops to Somalia, its defence minister said.", "Kenya")]
    public void ItsSpokesmanAfterTheStatementSpeaksForItsSubject(string text, string speaker)
    {
        var (said, _) = ClaimTexts.Only(text);

        Assert.Equal(speaker, said);
    }

    [Fact]
    public void AnOfInsideATitleLeavesItsHolderTheSubject()
    {
        var graph = Extractors.Extract("LRA commander Okot Odhiambo said the group had not reneged. Minister of State Esther Mbayo, at a news conference, "
                                       + "sounded calm. \"I fully expect the talks to resume on Sunday,\" she told reporters.");

        var quote = Assert.Single(graph.Claims, c => c.Text.StartsWith("I fully expect", StringComparison.Ordinal));
        Assert.Equal("Esther Mbayo", Extractors.NameOf(graph, quote.Speaker));
    }

    [Fact]
    public void WhoSaysInARelativeClauseAfterADescriptionIsTheActorDescribed()
    {
        var graph = Extractors.Extract("The attack was claimed by the Lord's Resistance Army (LRA), al-Qaeda's Ugandan branch, which said in a statement that it had seized weapons.");

        var claim = Assert.Single(graph.Claims, c => c.Text == "it had seized weapons");
        Assert.Equal("Lord's Resistance Army", Extractors.NameOf(graph, claim.Speaker));
    }
    [Fact]
    public void ATitleOfSeveralWordsAsTheWholeSubjectIsTheOfficialNamedBefore()
    {
        var graph = Extractors.Extract("Prime Minister Musalia Mudavadi was among the first to react. \"I am deeply shocked by the attack,\" the prime minister wrote on X.");

        var quote = Assert.Single(graph.Claims);
        Assert.Equal("Musalia Mudavadi", Extractors.NameOf(graph, quote.Speaker));
    }
    [Fact]
    public void AQuoteFromADescribedSpeakerNoOneNamedIsStillAStatement()
    {
        var quote = Assert.Single(Extractors.Extract("\"The army will win the war,\" the prime minister said.").Claims);

        Assert.Null(quote.Speaker);
        Assert.Equal("the prime minister", quote.SpeakerDescription);
    }
    [Fact]
    public void ATitleSetBeforeANamedSpeakerIsNoStatement()
    {
        Assert.DoesNotContain(Extractors.Extract("Kenya's foreign minister, Musalia Mudavadi, urged Uganda to halt its attacks.").Claims,
            c => c.Text.Contains("foreign minister", StringComparison.Ordinal));
    }

    [Fact]
    public void AStatementBeforeATitledSpeakerEndsBeforeTheTitle()
    {
        var claim = Assert.Single(Extractors.Extract("The attack was the deadliest in years, Kenya's foreign minister, Musalia Mudavadi, said.").Claims);

        Assert.Equal("The attack was the deadliest in years", claim.Text);
    }
    [Theory]
    [InlineData("Kenyan troops attacked the LRA in Gulu, the army said.")]
    [InlineData("NAIROBI, May 4 (Wire) - LRA rebels attacked a military base in Mandera county, the army said.")]
    public void TheArmyIsAStatesArmyNotARebelGroupNamedArmy(string text)
    {
        var graph = Extractors.Extract(text);

        var claim = Assert.Single(graph.Claims);
        Assert.NotEqual("Lord's Resistance Army", Extractors.NameOf(graph, claim.Speaker));
        Assert.NotNull(claim.Speaker);
    }

    [Fact]
    public void AParticipleAsideAfterTheSubjectDoesNotLendItsDocumentTheStatement()
    {
        var graph = Extractors.Extract("The LRA issued a communique on Monday. An article of the digital medium KampalaNow, published after the communique, "
                                       + "precised that the fighters did not cause civilian victims.");

        var claim = Assert.Single(graph.Claims, c => c.Text.StartsWith("the fighters", StringComparison.Ordinal));
        Assert.Equal("KampalaNow", Extractors.NameOf(graph, claim.Speaker));
    }

    [Theory]
    [InlineData("The Ugandan army estimated that more than 1,000 fighters had been killed.")]
    [InlineData("The Ugandan army specified that more than 1,000 fighters had been killed.")]
    [InlineData("The Ugandan army reaffirmed that more than 1,000 fighters had been killed.")]
    public void MoreVerbsOfSayingWithThatOpenAStatement(string text)
    {
        Assert.StartsWith("more than 1,000 fighters", OnlyClaim(Extractors.Extract(text)).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The LRA attacked Gulu, the digital medium KampalaNow said.", "KampalaNow")]
    [InlineData("The LRA attacked Gulu, the news portal Nilepost said.", "Nilepost")]
    public void ANameAfterANounForAnOutletIsTheOutlet(string text, string outlet)
    {
        var graph = Extractors.Extract(text);

        Assert.Equal(outlet, Extractors.NameOf(graph, OnlyClaim(graph).Speaker));
    }

    [Theory]
    [InlineData("Bank officials first said that more than 1.5 million shillings had been taken.", "Bank officials")]
    [InlineData("Local elders later told reporters that the LRA had left.", "Local elders")]
    public void WhenTheSubjectSpokeIsNoPartOfItsDescription(string text, string description)
    {
        Assert.Equal(description, OnlyClaim(Extractors.Extract(text)).SpeakerDescription);
    }

    [Theory]
    [InlineData("On Monday, after briefing President Yoweri Museveni, Governor John Okello of Gulu District said the convoy had been ambushed.")]
    [InlineData("While visiting Minister Jane Achieng, Governor John Okello of Gulu District said the convoy had been ambushed.")]
    public void APersonInsideAnAdverbialClauseIsNotTheSubject(string text)
    {
        var graph = Extractors.Extract(text);

        Assert.Equal("John Okello", Extractors.NameOf(graph, OnlyClaim(graph).Speaker));
    }

    [Theory]
    [InlineData("Kiir's Sudan People's Liberation Movement (SPLM) said soldiers had arrested two ministers on Monday.")]
    [InlineData("President Salva Kiir's SPLM party said soldiers had arrested two ministers on Monday.")]
    public void AnOfficialsPartySpeaksForItselfNotForTheOfficial(string text)
    {
        var graph = Extractors.Extract(text);

        Assert.Equal("Sudan People's Liberation Movement", Extractors.NameOf(graph, OnlyClaim(graph).Speaker));
    }

    [Fact]
    public void APresentParticipleAsideDoesNotEndTheSubjectOfAJoinedVerbOfSaying()
    {
        var graph = Extractors.Extract("IGAD heads of state, meeting in the Kenyan capital Nairobi, demanded the release of President Salva Kiir and said the bloc would act within seven days.");

        Assert.Equal("IGAD", Extractors.NameOf(graph, OnlyClaim(graph).Speaker));
    }

    [Theory]
    [InlineData("Prime Minister John Okello said the army used heavy weapons against the villagers.", "the army used heavy weapons against the villagers")]
    [InlineData("Prime Minister John Okello said the rebels cut the road to Gulu overnight.", "the rebels cut the road to Gulu overnight")]
    public void AShortOrUnchangingPastTenseMakesTheStatementAClause(string text, string statement)
    {
        Assert.Equal(statement, OnlyClaim(Extractors.Extract(text)).Text);
    }

    [Theory]
    [InlineData("NAIROBI, Kenya — National police said the LRA had fled across the border.")]
    [InlineData("NAIROBI, Kenya — Federal police warned that the LRA could retaliate with attacks on officers.")]
    public void NationalOrFederalPoliceAreTheHomePolice(string text)
    {
        Assert.Equal("National Police Service", ClaimTexts.Only(text).Speaker);
    }
}
