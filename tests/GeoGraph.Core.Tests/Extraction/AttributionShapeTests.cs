using GeoGraph.Core.Model;
using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// Attribution shapes of news in general found missing on the fourth development set (issue 3): descriptions of
/// a body already named, offices of a title, outlets described by their kind, plural present tenses, naming with
/// a noun complement. Each in an invented sentence.
/// </summary>
public sealed class AttributionShapeTests
{
    private static Claim OnlyClaim(ArticleGraph graph) => Assert.Single(graph.Claims);

    [Theory]
    [InlineData("Sudan armed the LRA, the UN said.")]
    [InlineData("Sudan armed the LRA, a UN report said.")]
    [InlineData("Sudan sheltered the LRA, Kenya said.")]
    public void AShortClauseEndingInANameIsTheStatementOfTheSpeakerAfterIt(string text)
    {
        var graph = Extractors.Extract(text);

        var claim = OnlyClaim(graph);
        Assert.StartsWith("Sudan", claim.Text, StringComparison.Ordinal);
        Assert.EndsWith("the LRA", claim.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("the defence force")]
    [InlineData("the national defence force")]
    public void ADescriptionInTheWordsOfABodyNamedBeforeIsThatBody(string description)
    {
        var graph = Extractors.Extract("The Zambian National Defence Force sent two battalions to the north on Sunday. "
                                       + $"In a statement on Monday, {description} said the situation was calm.");

        Assert.Equal("Zambian National Defence Force", Extractors.NameOf(graph, OnlyClaim(graph).Speaker));
    }

    [Fact]
    public void AGeneralDescriptionIsNotMatchedToANameThatHoldsIt()
    {
        var graph = Extractors.Extract("The Chanda Liberation Group raided two villages on Sunday. The United Nations Refugee Group sent food. "
                                       + "The group said 40 people had been killed.");

        Assert.NotEqual("United Nations Refugee Group", OnlyClaim(graph).Speaker is { } id ? Extractors.NameOf(graph, id) : null);
    }

    [Fact]
    public void AnUnlistedNameBeforeAnOutletNounIsTheOutlet()
    {
        var graph = Extractors.Extract("The semi-official Chanda news agency said the rebels had destroyed two camps.");

        Assert.Equal("Chanda", Extractors.NameOf(graph, OnlyClaim(graph).Speaker));
    }

    [Fact]
    public void TheOfficeOfATitleNoOneNamedHoldsSpeaksForTheState()
    {
        var graph = Extractors.Extract("LUSAKA, Zambia (AP) — Zambia declared a curfew on Friday. Governor Amos Kibet said the curfew would last a month. "
                                       + "\"The armed groups have become a threat to the rule of law,\" the prime minister's office said.");

        var quote = Assert.Single(graph.Claims, c => c.Form == ClaimForm.DirectQuote);

        Assert.Equal("Zambia", Extractors.NameOf(graph, quote.Speaker));
    }

    [Fact]
    public void AnOfficialsSpokesmanSpeaksForTheOfficial()
    {
        var graph = Extractors.Extract("UN envoy Maria Olsen called the fall of the town a grave setback, her spokesman said.");

        Assert.Equal("Maria Olsen", Extractors.NameOf(graph, OnlyClaim(graph).Speaker));
    }

    [Theory]
    [InlineData("Zambian prosecutors accuse the Chanda Liberation Front of smuggling weapons into Botswana.", "Chanda Liberation Front of smuggling")]
    [InlineData("Officials fear the rebels could slip in among the evacuees in Zambia.", "the rebels could slip in")]
    [InlineData("Residents claim the curfew has done nothing to stop the raids in Zambia.", "the curfew has done nothing")]
    public void APluralSubjectsPresentTenseAttributes(string text, string content)
    {
        Assert.Contains(content, OnlyClaim(Extractors.Extract(text)).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The Chanda Liberation Front retracts claim of responsibility for the raid in Zambia.")]
    [InlineData("The Zambian army rejected the rebels' claim.")]
    public void TheNounClaimIsNoVerbOfSaying(string text)
    {
        var claims = Extractors.Extract(text).Claims;

        Assert.DoesNotContain(claims, c => c.Text.StartsWith("The", StringComparison.Ordinal) && c.Form == ClaimForm.ReportedSpeech && c.Text.EndsWith("rebels'", StringComparison.Ordinal));
        Assert.True(claims.Count <= 1);
    }

    [Theory]
    [InlineData("Rebel fighters were also said to have seized the airport in Zambia.")]
    [InlineData("The commander is widely reported to have fled to Botswana.")]
    public void APassiveWithAnAdverbHasNoSpeaker(string text)
    {
        Assert.Empty(Extractors.Extract(text).Claims);
    }

    [Fact]
    public void AParticipleOfConfirmingAfterAQuoteIsAStatementOfItsOwn()
    {
        var graph = Extractors.Extract("\"It is likely the attackers were rebels,\" Governor Amos Kibet said in Lusaka, before confirming later that both had been identified as rebels.");

        Assert.Contains(graph.Claims, c => c.Text.StartsWith("both had been identified as rebels", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Governor Amos Kibet called it the worst attack on Lusaka in a decade.", "it the worst attack")]
    [InlineData("Zambia calls the agreement an act of aggression.", "the agreement an act of aggression")]
    public void NamingWithANounComplementIsAStatement(string text, string content)
    {
        Assert.Contains(content, OnlyClaim(Extractors.Extract(text)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void CallingSomeoneAtATimeIsNoStatement()
    {
        Assert.Empty(Extractors.Extract("The Zambian council called the police the next day.").Claims);
    }

    [Fact]
    public void AQuoteAfterAddingThatGoesOnWithTheStatement()
    {
        var claim = OnlyClaim(Extractors.Extract(
            "Governor Amos Kibet said the rebels had started to use children in their raids on Lusaka, adding that \"losses among them are already high\"."));

        Assert.StartsWith("the rebels had started to use children", claim.Text, StringComparison.Ordinal);
        Assert.Contains("losses among them", claim.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AQuoteOpeningInLowerCaseAfterACommaEndsTheReportedClause()
    {
        var claim = OnlyClaim(Extractors.Extract(
            "The Zambian army said a rebel tank had fired at an observation tower near Lusaka, \"directly hitting it and wounding two guards\"."));

        Assert.StartsWith("a rebel tank had fired", claim.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ASecondSpeakerDescribedAsACollectiveStartsASecondStatement()
    {
        var claims = Extractors.Extract("The Lusaka Police sealed off the village. "
                                        + "Zambian officials insisted that the dead were farmers, and police maintained that they were rebels who had attacked a camp.").Claims;

        Assert.Equal(2, claims.Count);
        Assert.Contains(claims, c => c.Text.StartsWith("they were rebels", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("By Wednesday Zambia put its military dead at 105.", "its military dead at 105")]
    [InlineData("Governor Amos Kibet put the rebel contingent at around 1,100.", "the rebel contingent at around 1,100")]
    [InlineData("The Zambian news agency ZANIS put the toll at nine.", "the toll at nine")]
    public void PuttingAFigureAtANumberIsAStatement(string text, string content)
    {
        Assert.Contains(content, OnlyClaim(Extractors.Extract(text)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void PuttingACountWordWithNoFigureIsNoStatement()
    {
        Assert.Empty(Extractors.Extract("Zambia's military intelligence agency has put a first number on the losses.").Claims);
    }

    [Fact]
    public void AskingForSomethingIsAnAppealNotAStatement()
    {
        var graph = Extractors.Extract("Zambia had asked for an explanation \"because it was not a mistake\", Governor Amos Kibet said.");

        Assert.Equal("Amos Kibet", Extractors.NameOf(graph, OnlyClaim(graph).Speaker));
    }

    [Fact]
    public void APrepositionalPhraseAfterAPostposedVerbIsNoStatement()
    {
        var claim = OnlyClaim(Extractors.Extract(
            "At least 100 rebels have been killed near Lusaka, Zambian lawmaker Amos Kibet said after a closed-door briefing by the intelligence service."));

        Assert.StartsWith("At least 100 rebels have been killed", claim.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void BarePoliceAreThePoliceServiceOverAForceWithPoliceInItsName()
    {
        var graph = Extractors.Extract("Rebels attacked a camp of the Zambian Reserve Police Force; police say the dead were rebels. "
                                       + "The Lusaka Police said the camp was secure.");

        var first = graph.Claims.First(c => c.Text.StartsWith("the dead were rebels", StringComparison.Ordinal));

        Assert.Equal("Lusaka Police", Extractors.NameOf(graph, first.Speaker));
    }

    [Fact]
    public void ABareSurnameIsThePersonNamedInFullBefore()
    {
        // A listed figure whose entry holds no surname alone, then another official named since.
        var graph = Extractors.Extract("President Joseph Aoun had asked for talks. Governor Amos Kibet welcomed the offer in Lusaka. "
                                       + "Later, Aoun, in a grey suit, held a press conference. \"We want dialogue because we do not want war,\" he said.");

        Assert.Equal("Joseph Aoun", Extractors.NameOf(graph, OnlyClaim(graph).Speaker));
    }

    [Theory]
    [InlineData("Zambia's foreign ministry called the accusations unfounded.", "the accusations unfounded")]
    [InlineData("Gang leader Jimmy Mwale called the Zambian officers invaders and said he was ready to fight them.", "the Zambian officers invaders")]
    public void NamingWithABareComplementIsAStatement(string text, string content)
    {
        Assert.Contains(content, OnlyClaim(Extractors.Extract(text)).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The Zambian council called the police chief.")]
    [InlineData("The Zambian army called the meeting off.")]
    public void CallingAPersonOrCallingOffIsNoStatement(string text)
    {
        Assert.Empty(Extractors.Extract(text).Claims);
    }

    [Fact]
    public void APlaceAndItsCountryInsideARelativeClauseStayInsideIt()
    {
        var graph = Extractors.Extract("President Amos Kibet, who was attending the SADC summit in Gaborone, Botswana, said the attack was heinous.");

        Assert.Equal("Amos Kibet", Extractors.NameOf(graph, OnlyClaim(graph).Speaker));
    }

    [Fact]
    public void AShortQuotedNameInsideTheSubjectIsReadPast()
    {
        var graph = Extractors.Extract("The Chanda Liberation Front, which Zambian media call the Chanda Bandits, or \"army of thieves\", confirmed the strike "
                                       + "in a statement and said six drones had destroyed two houses.");

        var claim = Assert.Single(graph.Claims, c => c.Text.Contains("six drones had destroyed", StringComparison.Ordinal));

        Assert.Equal("Chanda Liberation Front", Extractors.NameOf(graph, claim.Speaker));
    }

    [Fact]
    public void ADeniedReportIsPartOfWhatIsDenied()
    {
        var claim = OnlyClaim(Extractors.Extract("The Zambia Police Service denied reports that seven officers had been killed by rebels."));

        Assert.Contains("reports that seven officers", claim.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"This is a matter between the two rebel groups,\" a spokesman for the Zambian Ministry of Defence said.", "Zambian Ministry of Defence")]
    [InlineData("Zambia kept its distance. \"This is a matter between the two rebel groups,\" a spokesman for its external affairs ministry said.", "Zambia")]
    public void AnUnnamedSpokesmanForABodySpeaksForIt(string text, string body)
    {
        var graph = Extractors.Extract(text);

        Assert.Equal(body, Extractors.NameOf(graph, OnlyClaim(graph).Speaker));
    }

    [Fact]
    public void AClauseWhoseVerbTakesThatIsTheStatement()
    {
        var claim = OnlyClaim(Extractors.Extract("Governor Amos Kibet said the choice of a holy day showed that the rebels defended no religious ideal in Zambia."));

        Assert.StartsWith("the choice of a holy day showed", claim.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ALiveBlogHeadingAfterATimeStampGivesItsSpeakerAStatement()
    {
        var graph = Extractors.Extract("LIVE: Rebels take Kabwe\n\n27 October, 20:40 GMT – Mwale: we left to spare the city\n\n"
                                       + "In a televised address, General Amos Mwale, the head of the Zambian army, said his troops had pulled out.");

        var heading = Assert.Single(graph.Claims, c => c.Text.StartsWith("we left to spare the city", StringComparison.Ordinal));

        Assert.Equal("Amos Mwale", Extractors.NameOf(graph, heading.Speaker));
    }

    [Fact]
    public void ACollectiveAfterASubordinatorSpeaks()
    {
        var claim = OnlyClaim(Extractors.Extract("Checkpoints ring Ndola in Zambia, where officials fear rebel fighters could slip in among the evacuees."));

        Assert.Equal("officials", claim.SpeakerDescription);
        Assert.StartsWith("rebel fighters could slip in", claim.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void RegardingAnObjectAsSomethingIsAStatement()
    {
        var graph = Extractors.Extract("Zambia regards Barotseland, which broke away in 1991 and has not been recognised by any state, as part of its territory.");

        var claim = OnlyClaim(graph);

        Assert.Equal("Zambia", Extractors.NameOf(graph, claim.Speaker));
        Assert.Contains("Barotseland, which broke away", claim.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The Chanda-linked rebels, who have fought the Zambian army for years, said the memorandum was unlawful.")]
    [InlineData("The rebels, who have fought the Zambian army for years, said the memorandum was unlawful.")]
    public void ABodyInACompoundOrARelativeClauseOfTheSubjectDoesNotSpeak(string text)
    {
        var graph = Extractors.Extract(text);

        Assert.DoesNotContain(graph.Claims, c => c.Speaker is { } id && Extractors.NameOf(graph, id) is "Zambian army" or "Zambia");
    }

    [Fact]
    public void AnOfficialsLongAppositionOfOfficesStillLeadsToTheVerb()
    {
        var graph = Extractors.Extract("In a televised address, Gen Joseph Banda, the head of the Transitional Council and commander of the "
                                       + "Zambian National Army (ZNA), confirmed that his troops had pulled out.");

        var claim = OnlyClaim(graph);
        Assert.Equal("his troops had pulled out", claim.Text);
        Assert.Equal("Joseph Banda", Extractors.NameOf(graph, claim.Speaker));
    }

    [Fact]
    public void ALongListBeforeAnInvertedAttributionIsNotItsSubject()
    {
        var graph = Extractors.Extract("Zambian Foreign Minister Ana Phiri spoke to reporters in Lusaka on Monday. "
                                       + "Zambia, Malawi and the United States would monitor the truce through a joint body based in Lusaka, she added.");

        var claim = OnlyClaim(graph);
        Assert.StartsWith("Zambia, Malawi", claim.Text);
        Assert.Equal("Ana Phiri", Extractors.NameOf(graph, claim.Speaker));
    }

    [Theory]
    [InlineData("Police spokeswoman Ana Banda did not say how many gunmen were involved.")]
    [InlineData("The Zambian army declined to say whether troops had withdrawn.")]
    [InlineData("Zambia's foreign ministry didn't say when the border would reopen.")]
    [InlineData("Governor Amos Kibet would not say who had ordered the raid.")]
    public void WhatASpeakerDidNotSayIsNoStatement(string text)
    {
        Assert.Empty(Extractors.Extract(text).Claims);
    }

    [Theory]
    [InlineData("told parliament")]
    [InlineData("told lawmakers")]
    [InlineData("told the assembly")]
    [InlineData("told the Security Council")]
    [InlineData("told diplomats in New York")]
    [InlineData("told reporters in Lusaka")]
    public void WhomTheSpeakerToldIsNotPartOfTheStatement(string told)
    {
        var claim = OnlyClaim(Extractors.Extract($"Interior Minister Joseph Zulu {told} the government would deploy more troops."));

        Assert.Equal("the government would deploy more troops", claim.Text);
    }

    [Fact]
    public void APlaceRunningIntoTheNextNameIsLeftInTheStatement()
    {
        var claim = OnlyClaim(Extractors.Extract("Interior Minister Joseph Zulu said in Lusaka Zambian troops had crossed the border."));

        Assert.Equal("in Lusaka Zambian troops had crossed the border", claim.Text);
    }

    [Fact]
    public void ARelativeThatAfterAClaimedActIsPartOfTheAct()
    {
        var claim = OnlyClaim(Extractors.Extract("The Lakeland Liberation Front claimed an attack on a police post in Ndola that killed 11 officers."));

        Assert.StartsWith("an attack on a police post", claim.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ThatAfterTheVerbStillOpensTheStatement()
    {
        var claim = OnlyClaim(Extractors.Extract("The Lakeland Liberation Front said on Monday that its fighters had killed 11 officers."));

        Assert.Equal("its fighters had killed 11 officers", claim.Text);
    }

    [Theory]
    [InlineData("Its leader, John Tembo, spoke on Monday. Tembo previously said the group seeks independence for the north.", "the group seeks independence for the north")]
    [InlineData("Governor Amos Kibet said the situation remains tense in the north.", "the situation remains tense in the north")]
    public void AStatementInThePresentTenseWithoutThatIsStillAStatement(string text, string statement)
    {
        Assert.Contains(Extractors.Extract(text).Claims, c => c.Text == statement);
    }

    [Theory]
    [InlineData("also")]
    [InlineData("repeatedly")]
    public void AnAdverbBeforeTheVerbIsNoPartOfTheDescribedSpeaker(string adverb)
    {
        var claim = OnlyClaim(Extractors.Extract($"The ministry {adverb} said the border would stay closed."));

        Assert.Equal("The ministry", claim.SpeakerDescription);
    }

    [Theory]
    [InlineData("Kenyan police put the toll at 15 officers; the National Counter Terrorism Centre (NCTC) said five gunmen were killed.",
        "five gunmen were killed", "National Counter Terrorism Centre")]
    [InlineData("The LRA said it had repelled an offensive near Gulu, while the Uganda-based Joint Task Force said its aircraft had destroyed 14 vehicles.",
        "its aircraft had destroyed 14 vehicles", "Joint Task Force")]
    public void ASecondSpeakerJoinedToTheStatementStartsAStatementOfItsOwn(string text, string second, string speaker)
    {
        var graph = Extractors.Extract(text);

        Assert.Equal(2, graph.Claims.Count);
        Assert.Equal(speaker, Extractors.NameOf(graph, Assert.Single(graph.Claims, c => c.Text == second).Speaker));
    }

    [Theory]
    [InlineData("The LRA celebrated what it called a heroic victory.", "a heroic victory", "Lord's Resistance Army")]
    [InlineData("Kenya called on the council to stop what it described as open aggression by Uganda.", "open aggression by Uganda", "Kenya")]
    [InlineData("The Ugandan army struck LRA camps in what it called a response to the raid on Gulu.", "a response to the raid on Gulu", "Uganda People's Defence Force")]
    [InlineData("The raid was claimed by the LRA, a rebel group that has fought Uganda for decades in what it calls a war of liberation.", "a war of liberation", "Lord's Resistance Army")]
    public void ALabelInAFreeRelativeOfNamingIsAClaimOfTheClausesSubject(string text, string label, string speaker)
    {
        var graph = Extractors.Extract(text);

        Assert.Equal(speaker, Extractors.NameOf(graph, Assert.Single(graph.Claims, c => c.Text == label).Speaker));
    }

    [Fact]
    public void AFreeRelativeWithoutNamingIsNoClaim()
    {
        Assert.DoesNotContain(Extractors.Extract("The LRA denied what happened in Gulu on Monday.").Claims, c => c.Text.StartsWith("happened", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kenya accused Uganda on Monday of arming LRA rebels, a charge Kampala denied.", "a charge Kampala denied", "Uganda")]
    [InlineData("Kenya said Ugandan troops were fighting alongside LRA rebels, a charge that Kampala has repeatedly denied.", "a charge that Kampala has repeatedly denied", "Uganda")]
    [InlineData("The UN said hundreds were killed in Gulu, accusations the LRA denies.", "accusations the LRA denies", "Lord's Resistance Army")]
    public void AChargeDeniedAfterAStatementIsADenialOfItsOwn(string text, string denial, string denier)
    {
        var graph = Extractors.Extract(text);

        Assert.Equal(2, graph.Claims.Count);
        var claim = Assert.Single(graph.Claims, c => c.Text == denial);
        Assert.True(claim.Negated);
        Assert.Equal(denier, Extractors.NameOf(graph, claim.Speaker));
        Assert.DoesNotContain(graph.Claims, c => c.Text.Contains(", a", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("LRA fighters killed two soldiers in an ambush near Gulu, said the Ugandan army.", "LRA fighters killed two soldiers in an ambush near Gulu", "Uganda People's Defence Force")]
    [InlineData("The talks in Nairobi were useful, said Kenya's foreign minister, John Kamau, on Monday.", "The talks in Nairobi were useful", "John Kamau")]
    [InlineData("Two soldiers were killed in an ambush near Gulu, says the Ugandan army.", "Two soldiers were killed in an ambush near Gulu", "Uganda People's Defence Force")]
    public void AStatementBeforeAVerbOfSayingAndItsSpeakerIsTheirs(string text, string statement, string speaker)
    {
        var graph = Extractors.Extract(text);

        Assert.Equal(speaker, Extractors.NameOf(graph, Assert.Single(graph.Claims, c => c.Text == statement).Speaker));
    }

    [Fact]
    public void ASubjectWithARelativeClauseBeforeTheVerbStillSaysWhatFollows()
    {
        var graph = Extractors.Extract("The Ugandan army, which has about 10,000 troops in the north, said on Saturday it would stay in Gulu.");

        Assert.DoesNotContain(graph.Claims, c => c.Text.StartsWith("The Ugandan army, which", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("LRA fighters kill 14 soldiers in northern Uganda, army says", "LRA fighters kill 14 soldiers in northern Uganda")]
    [InlineData("Gulu clash leaves 3 soldiers, 5 LRA fighters dead - military", "Gulu clash leaves 3 soldiers, 5 LRA fighters dead")]
    [InlineData("Army: LRA fighters attacked Gulu and Kitgum bases", "LRA fighters attacked Gulu and Kitgum bases")]
    [InlineData("Gulu: Army says troops repelled LRA attack on base", "troops repelled LRA attack on base")]
    public void AHeadlineThatDropsTheArticleBeforeTheArmyStillAttributesToIt(string headline, string statement)
    {
        var graph = Extractors.Extract(headline + "\n\nKAMPALA, May 5 - The Ugandan army said on Monday that the fighting near the border went on for hours.");

        Assert.Equal("Uganda People's Defence Force", Extractors.NameOf(graph, Assert.Single(graph.Claims, c => c.Text == statement).Speaker));
    }

    [Fact]
    public void AHeadlineDashBeforeWordsThatNameNoSpeakerAttributesNothing()
    {
        var graph = Extractors.Extract("Ceasefire in Gulu holds for a third day - for now" + "\n\nKAMPALA, May 5 - The Ugandan army said on Monday that the fighting near the border went on for hours.");

        Assert.DoesNotContain(graph.Claims, c => c.Text.StartsWith("Ceasefire", StringComparison.Ordinal));
    }

    [Fact]
    public void AHeadlineConfirmationStatesItsObject()
    {
        var graph = Extractors.Extract("Army chief John Okello confirms withdrawal from Gulu\n\nKAMPALA, May 5 - The Ugandan army said on Monday that the fighting near the border went on for hours.");

        Assert.Equal("John Okello", Extractors.NameOf(graph, Assert.Single(graph.Claims, c => c.Text.Contains("withdrawal from Gulu", StringComparison.Ordinal)).Speaker));
    }

    [Fact]
    public void ADeckLineUnderTheHeadlineIsReadAsAHeadline()
    {
        var graph = Extractors.Extract("LIVE: Fighting in Gulu\nLRA fighters kill 14 soldiers in northern Uganda, army says\n\nKAMPALA, May 5 - The Ugandan army said on Monday that the fighting near the border went on for hours.");

        Assert.Equal("Uganda People's Defence Force", Extractors.NameOf(graph, Assert.Single(graph.Claims, c => c.Text == "LRA fighters kill 14 soldiers in northern Uganda").Speaker));
    }

    [Fact]
    public void AHeadlinesPresentTenseKillIsAnAttack()
    {
        Assert.Contains("Lord's Resistance Army ATTACKS Uganda People's Defence Force",
            RelationTexts.Asserted("LRA fighters kill 14 soldiers in northern Uganda, army says\n\nKAMPALA, May 5 - The Ugandan army said on Monday that the fighting near the border went on for hours."));
    }

    [Theory]
    [InlineData("Police in Uganda said the LRA was behind the shooting in Gulu.", "Uganda Police Force")]
    [InlineData("Officials in Kenya said the LRA was behind the shooting in Gulu.", "Kenya")]
    public void PoliceInACountryAreItsPoliceAndOfficialsInItSpeakForIt(string text, string speaker)
    {
        var graph = Extractors.Extract(text);

        Assert.Equal(speaker, Extractors.NameOf(graph, Assert.Single(graph.Claims).Speaker));
    }
}
