using GeoGraph.Core.Model;
using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

public sealed class ClaimExtractionTests
{
    private static Claim OnlyClaim(ArticleGraph graph) => Assert.Single(graph.Claims);

    [Theory]
    [InlineData("The United Nations said that aid convoys were blocked in Darfur.", "aid convoys were blocked in Darfur", "United Nations", ClaimForm.ReportedSpeech)]
    [InlineData("According to UNICEF, three schools were destroyed in Gaza.", "three schools were destroyed in Gaza", "UNICEF", ClaimForm.AccordingTo)]
    [InlineData("Three schools were destroyed in the attack, according to UNICEF.", "Three schools were destroyed in the attack", "UNICEF", ClaimForm.AccordingTo)]
    [InlineData("\"We will not leave the town,\" said Hezbollah.", "We will not leave the town", "Hezbollah", ClaimForm.DirectQuote)]
    [InlineData("Hamas said: \"The talks in Cairo are over for now.\"", "The talks in Cairo are over for now", "Hamas", ClaimForm.DirectQuote)]
    [InlineData("The convoy was hit by a roadside bomb near Gao, the Malian army said.", "The convoy was hit by a roadside bomb near Gao", "Malian Armed Forces", ClaimForm.ReportedSpeech)]
    public void FindsTheStatementItsSpeakerAndForm(string text, string statement, string speaker, ClaimForm form)
    {
        var graph = Extractors.Extract(text);

        var claim = OnlyClaim(graph);

        Assert.Equal(statement, claim.Text);
        Assert.Equal(speaker, Extractors.NameOf(graph, claim.Speaker));
        Assert.Equal(form, claim.Form);
    }

    [Theory]
    [InlineData("Hamas said on Monday it had released four hostages.", "it had released four hostages")]
    [InlineData("Hamas said late on Friday the talks had stalled.", "the talks had stalled")]
    [InlineData("Hamas said Tuesday it would resume the talks.", "it would resume the talks")]
    [InlineData("Hamas said on Telegram it had released four hostages.", "it had released four hostages")]
    [InlineData("Hamas said 300 fighters had been killed.", "300 fighters had been killed")]
    [InlineData("Hamas said Monday's strike was a massacre.", "Monday's strike was a massacre")]
    public void ATimeOrChannelAfterTheVerbIsNotPartOfTheStatement(string text, string statement)
    {
        Assert.Equal(statement, OnlyClaim(Extractors.Extract(text)).Text);
    }

    [Fact]
    public void AnUnnamedSpeakerJoinedByButStartsAStatementOfItsOwn()
    {
        var graph = Extractors.Extract("Kenya said the talks had stalled, but a senior official told Reuters that a deal was close.");

        Assert.Contains(graph.Claims, c => c.Text == "a deal was close" && Extractors.NameOf(graph, c.ReportedBy) == "Reuters");
        Assert.DoesNotContain(graph.Claims, c => c.Text.Contains("senior official", StringComparison.Ordinal));
    }

    [Fact]
    public void ADescribedSubjectInsideABriefingItemSpeaksForTheHeading()
    {
        var graph = Extractors.Extract("2.1 Defence Minister Rui Costa, 3 March: the cabinet attributes the raid to the Lord's Resistance Army.");

        var claim = OnlyClaim(graph);

        Assert.Equal("Rui Costa", Extractors.NameOf(graph, claim.Speaker));
    }

    [Fact]
    public void TheLeaderInAnAppositionDoesNotSpeakForTheBody()
    {
        var graph = Extractors.Extract("The Sudanese army, led by General Yasir Kabashi, said the Rapid Support Forces had shelled the market.");

        Assert.Equal(EntityKind.Organisation, graph.Entities.Single(e => e.Id == OnlyClaim(graph).Speaker).Kind);
    }

    [Theory]
    [InlineData("Colonel Okello Lutwa spoke to reporters. According to him, the Lord's Resistance Army had crossed the river at night.", "Okello Lutwa", "the Lord's Resistance Army had crossed")]
    [InlineData("Late on Sunday the radio read a statement of the Lord's Resistance Army according to which its fighters had crossed the river.", "Lord's Resistance Army", "its fighters had crossed")]
    public void AccordingToAPronounOrWhichIsTheSourceNamedBefore(string text, string speaker, string statement)
    {
        var graph = Extractors.Extract(text);

        var claim = Assert.Single(graph.Claims);
        Assert.Equal(speaker, Extractors.NameOf(graph, claim.Speaker));
        Assert.StartsWith(statement, claim.Text);
    }

    [Fact]
    public void ANamedSubjectWithAVerbInThePresentIsAStatement()
    {
        var graph = Extractors.Extract("Sudan says the Rapid Support Forces uses the villagers as shields.");

        Assert.Equal("the Rapid Support Forces uses the villagers as shields", OnlyClaim(graph).Text);
    }

    [Fact]
    public void ASubjectWithItsAcronymAndALongAppositionStillSpeaks()
    {
        var graph = Extractors.Extract("The Acholi Elders Forum (AEF), an umbrella organisation of northern clans, accused the Uganda People's Defence Force of killing the men.");

        Assert.Equal("Acholi Elders Forum", Extractors.NameOf(graph, OnlyClaim(graph).Speaker));
    }

    [Fact]
    public void AProvincesPoliceSpeaksByItsName()
    {
        var graph = Extractors.Extract("Tension gripped Kerala, in southern India, on Tuesday. In a post on X, Kerala Police said the post was attacked by armed men.");

        Assert.Equal("Kerala Police", Extractors.NameOf(graph, OnlyClaim(graph).Speaker));
    }

    [Fact]
    public void ATitlesAbbreviationIsNoBodyAndPointsBackToItsHolder()
    {
        var graph = Extractors.Extract("Addressing the media on Tuesday, Inspector General of Police (IGP) RK Menon said: \"The raiders used rockets.\" The IGP said a search was on.");

        Assert.DoesNotContain(graph.Entities, e => e.Kind == EntityKind.Organisation);
        Assert.All(graph.Claims, c => Assert.Equal("RK Menon", Extractors.NameOf(graph, c.Speaker)));
        Assert.Equal(2, graph.Claims.Count);
    }

    [Fact]
    public void ADenunciationStatesItsObject()
    {
        var graph = Extractors.Extract("Last month, the Ugandan army had denounced a \"wave of abductions\" in the north.");

        Assert.Contains("a \"wave of abductions\"", OnlyClaim(graph).Text);
    }

    [Fact]
    public void AnOutletQuotingSomeoneIsTheReporter()
    {
        var graph = Extractors.Extract("\"The roads are closed to all traffic,\" Reuters quoted Colonel Ahmed Saleh as saying.");

        var claim = OnlyClaim(graph);

        Assert.Equal("Ahmed Saleh", Extractors.NameOf(graph, claim.Speaker));
        Assert.Equal("Reuters", Extractors.NameOf(graph, claim.ReportedBy));
    }

    [Fact]
    public void TellingAnOutletMakesItTheReporter()
    {
        var graph = Extractors.Extract("UNHCR spokesman Paul Meyer told Al Jazeera that thousands had fled to Chad.");

        var claim = OnlyClaim(graph);

        Assert.Equal("Paul Meyer", Extractors.NameOf(graph, claim.Speaker));
        Assert.Equal("Al Jazeera", Extractors.NameOf(graph, claim.ReportedBy));
        Assert.Equal("thousands had fled to Chad", claim.Text);
    }

    [Fact]
    public void APronounSpeakerIsTheLastPersonWhoSpoke()
    {
        var graph = Extractors.Extract(
            "General Laila Noor, commander of the European Union mission, said the port was safe. \"Our ships will stay in the area,\" she said.");

        Assert.Equal(2, graph.Claims.Count);
        Assert.All(graph.Claims, c => Assert.Equal("Laila Noor", Extractors.NameOf(graph, c.Speaker)));
    }

    [Fact]
    public void AnUnnamedOfficialSpeaksForTheirOrganisation()
    {
        var graph = Extractors.Extract("A senior NATO official said that the mission would end next year.");

        var claim = OnlyClaim(graph);

        Assert.Equal("NATO", Extractors.NameOf(graph, claim.Speaker));
        Assert.Equal("A senior NATO official", claim.SpeakerDescription);
    }

    [Theory]
    [InlineData("The UN said that the group may have moved to Mali.", true)]
    [InlineData("The UN said that the group reportedly moved to Mali.", true)]
    [InlineData("The UN said that the group moved to Mali.", false)]
    public void MarksHedgedStatements(string text, bool hedged)
    {
        Assert.Equal(hedged, OnlyClaim(Extractors.Extract(text)).Hedged);
    }

    [Theory]
    [InlineData("The UN said that the group is not present in Mali.", true)]
    [InlineData("The UN denied that the group is present in Mali.", true)]
    [InlineData("The UN said that the group is present in Mali, but it has no bases.", false)]
    public void MarksNegatedStatements(string text, bool negated)
    {
        Assert.Equal(negated, OnlyClaim(Extractors.Extract(text)).Negated);
    }

    [Fact]
    public void ASentenceWithoutAttributionIsNoClaim()
    {
        var graph = Extractors.Extract("Heavy fighting continued near the border with Chad on Monday.");

        Assert.Empty(graph.Claims);
        Assert.Contains(graph.Warnings, w => w.Contains("No attributed claims", StringComparison.Ordinal));
    }

    [Fact]
    public void ACountPutByASpeakerIsAClaim()
    {
        var claim = OnlyClaim(Extractors.Extract("The Syrian Observatory for Human Rights put the death toll at 311 on Sunday."));

        Assert.StartsWith("the death toll at 311", claim.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAttributionFollowedOnlyByATimeLeavesTheStatementBeforeIt()
    {
        var graph = Extractors.Extract("Israel and Hamas have agreed to a truce, mediator Qatar announced on Wednesday, though the vote was delayed.");

        var claim = OnlyClaim(graph);

        Assert.Contains("Israel and Hamas have agreed to a truce", claim.Text, StringComparison.Ordinal);
        Assert.Equal("Qatar", Extractors.NameOf(graph, claim.Speaker));
    }

    [Fact]
    public void AQuoteParagraphWithoutAttributionContinuesTheLastStatement()
    {
        var graph = Extractors.Extract("UN envoy Maria Stone said: \"The roads to the north are closed.\"\n\n\"The convoys will wait in the capital until the fighting ends.\"");

        Assert.Equal(2, graph.Claims.Count);
        Assert.All(graph.Claims, c => Assert.Equal("Maria Stone", Extractors.NameOf(graph, c.Speaker)));
    }

    [Fact]
    public void AnAttributionInsideTheStatementKeepsTheWholeSentence()
    {
        var claim = OnlyClaim(Extractors.Extract("The deal was not a new treaty, Hezbollah argued, but a plan to apply an old one."));

        Assert.StartsWith("The deal was not a new treaty", claim.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void APossessorOnlyQualifiesTheSpeaker()
    {
        var graph = Extractors.Extract("According to Iraq's Shafaq News agency, the convoy reached the border.");

        Assert.Equal("Shafaq News", Extractors.NameOf(graph, OnlyClaim(graph).Speaker));
    }
}
