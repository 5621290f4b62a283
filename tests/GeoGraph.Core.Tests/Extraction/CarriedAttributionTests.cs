using GeoGraph.Core.Model;
using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// Wire copy that carries another source's statement: ", Reuters reported." closing the sentence, an outlet citing its
/// source ("X, citing officials, reported that", ", Reuters reported, citing police sources"), and unnamed sources
/// introduced by how they speak (", speaking on condition of anonymity,"). Each in an invented sentence.
/// </summary>
public sealed class CarriedAttributionTests
{
    private static Claim OnlyClaim(ArticleGraph graph) => Assert.Single(graph.Claims);

    [Theory]
    [InlineData("Reuters reported", "Reuters")]
    [InlineData("the Associated Press reported on Friday", "Associated Press")]
    [InlineData("Al Jazeera said", "Al Jazeera")]
    public void AnOutletClosingTheSentenceCarriedTheStatement(string closing, string outlet)
    {
        var graph = Extractors.Extract($"A Zambian police spokesman said on Friday that three men had been arrested in Ndola, {closing}.");

        var claim = OnlyClaim(graph);
        Assert.Equal("three men had been arrested in Ndola", claim.Text);
        Assert.Equal(outlet, Extractors.NameOf(graph, claim.ReportedBy));
        Assert.NotEqual(outlet, Extractors.NameOf(graph, claim.Speaker));
    }

    [Fact]
    public void AnOutletThatIsTheSpeakerIsNotItsOwnCarrier()
    {
        var graph = Extractors.Extract("Three men were arrested in Ndola on Friday, Reuters reported.");

        Assert.Equal("Reuters", Extractors.NameOf(graph, OnlyClaim(graph).Speaker));
    }

    [Theory]
    [InlineData("speaking on condition of anonymity")]
    [InlineData("asking not to be named")]
    [InlineData("declining to be identified")]
    public void AnUnnamedSourceIntroducedByHowItSpeaksIsTheSpeaker(string how)
    {
        var graph = Extractors.Extract($"A Zambian defence ministry official, {how}, told reporters on Thursday that there was no truce with the rebels.");

        var claim = OnlyClaim(graph);
        Assert.Equal("there was no truce with the rebels", claim.Text);
        Assert.NotNull(claim.SpeakerDescription);
        Assert.Contains("official", claim.SpeakerDescription);
    }

    [Theory]
    [InlineData("quoted by")]
    [InlineData("cited by")]
    public void TheSourceQuotedByAnOutletSpeaksAndTheOutletCarries(string quoted)
    {
        var graph = Extractors.Extract($"Four rebel camps had been destroyed, according to Zambian security officials {quoted} the Lusaka Times.");

        var claim = OnlyClaim(graph);
        Assert.Equal("Zambia", Extractors.NameOf(graph, claim.Speaker));
        Assert.Equal("Lusaka Times", Extractors.NameOf(graph, claim.ReportedBy));
    }

    [Theory]
    [InlineData("the Zambian outlet Lusaka Times reported", "Lusaka Times")]
    [InlineData("the Zambian daily Lusaka Times said", "Lusaka Times")]
    [InlineData("the Zambia news agency Lusaka Times said", "Lusaka Times")]
    public void ADemonymBeforeADescribedBodyOnlyQualifiesIt(string closing, string speaker)
    {
        var graph = Extractors.Extract($"At least 15 people were killed in three villages, {closing} on Wednesday.");

        Assert.Equal(speaker, Extractors.NameOf(graph, OnlyClaim(graph).Speaker));
    }

    [Fact]
    public void ADemonymBeforePlainWordsStillSpeaks()
    {
        var graph = Extractors.Extract("Zambian officials said the border was closed.");

        Assert.Equal("Zambia", Extractors.NameOf(graph, OnlyClaim(graph).Speaker));
    }

    [Theory]
    [InlineData("her")]
    [InlineData("him")]
    public void AnOutletQuotingAPronounCarriesThePersonNamedBefore(string pronoun)
    {
        var graph = Extractors.Extract("Maria Olsen, a researcher for Amnesty International, visited the camp on Monday. "
                                       + $"\"What matters is getting the children home,\" the Lusaka Times quoted {pronoun} as saying.");

        var quote = Assert.Single(graph.Claims, c => c.Form == ClaimForm.DirectQuote);
        Assert.Equal("Maria Olsen", Extractors.NameOf(graph, quote.Speaker));
        Assert.Equal("Lusaka Times", Extractors.NameOf(graph, quote.ReportedBy));
    }

    [Theory]
    [InlineData("told the Zambian outlet Lusaka Times")]
    [InlineData("told the news agency Lusaka Times")]
    [InlineData("told state broadcaster Lusaka Times")]
    public void AnOutletDescribedAfterToldCarriesTheStatement(string told)
    {
        var graph = Extractors.Extract($"A police spokesman, Colonel Joseph Banda, {told} that the rebels had not taken the airport.");

        var claim = OnlyClaim(graph);
        Assert.Equal("Lusaka Times", Extractors.NameOf(graph, claim.ReportedBy));
        Assert.Equal("Joseph Banda", Extractors.NameOf(graph, claim.Speaker));
    }

    [Theory]
    [InlineData("According to the army's spokesman, three soldiers were wounded.")]
    [InlineData("The army's spokesman said three soldiers were wounded.")]
    public void AnUnnamedSpeakerOwnedThroughAPossessiveStillSpeaks(string text)
    {
        var claim = OnlyClaim(Extractors.Extract(text));

        Assert.Equal("three soldiers were wounded", claim.Text);
        Assert.Contains("spokesman", claim.SpeakerDescription ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void ABodyCitedAfterASpeakersOwnStatementCarriedIt()
    {
        var graph = Extractors.Extract("The LRA said it had killed 12 Ugandan soldiers near Gulu, according to the SITE Intelligence Group.");

        var claim = OnlyClaim(graph);
        Assert.Equal("it had killed 12 Ugandan soldiers near Gulu", claim.Text);
        Assert.Equal("Lord's Resistance Army", Extractors.NameOf(graph, claim.Speaker));
        Assert.Equal("SITE Intelligence Group", Extractors.NameOf(graph, claim.ReportedBy));
    }

    [Fact]
    public void ABodyThatReportsAnotherSpeakersStatementCarriedIt()
    {
        var graph = Extractors.Extract("The LRA said its fighters had killed 12 Ugandan soldiers near Gulu, the SITE Intelligence Group reported.");

        var claim = OnlyClaim(graph);
        Assert.Equal("Lord's Resistance Army", Extractors.NameOf(graph, claim.Speaker));
        Assert.Equal("SITE Intelligence Group", Extractors.NameOf(graph, claim.ReportedBy));
    }

    [Fact]
    public void TheSourceAnOutletCitesIsTheSpeaker()
    {
        var graph = Extractors.Extract("Hundreds of Ugandan soldiers crossed into Kenya that day, Reuters reported, citing UN sources.");

        Assert.Equal("United Nations", Extractors.NameOf(graph, OnlyClaim(graph).Speaker));
    }

    [Fact]
    public void AnOutletCitingItsSourceInAnAsideCarriesWhatTheSourceSays()
    {
        var graph = Extractors.Extract("The New York Times, citing American and other officials, reported that Uganda had hidden explosives inside a batch of pagers.");

        var claim = OnlyClaim(graph);
        Assert.Equal("Uganda had hidden explosives inside a batch of pagers", claim.Text);
        Assert.Equal("United States", Extractors.NameOf(graph, claim.Speaker));
        Assert.Equal("New York Times", Extractors.NameOf(graph, claim.ReportedBy));
    }

    [Theory]
    [InlineData("Three soldiers were killed, Reuters reported, citing police sources.", "Three soldiers were killed", "Reuters")]
    [InlineData("Three soldiers were killed in Gulu, the Daily Monitor reported on Monday, citing police sources.", "Three soldiers were killed in Gulu", "Daily Monitor")]
    public void AnOutletsAttributionBeforeItsCitationIsNoPartOfTheStatement(string text, string statement, string outlet)
    {
        var graph = Extractors.Extract(text);

        var claim = OnlyClaim(graph);
        Assert.Equal(statement, claim.Text);
        Assert.Equal("police sources", claim.SpeakerDescription);
        Assert.Equal(outlet, Extractors.NameOf(graph, claim.ReportedBy));
    }
}
