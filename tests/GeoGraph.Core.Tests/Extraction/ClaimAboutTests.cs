using GeoGraph.Core.Model;
using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>What a claim is about: the entities it names, nationals by their demonym, and the speaker's own side when
/// the statement speaks of it ("we", "our forces", "(said) its troops"). Each in an invented sentence.</summary>
public sealed class ClaimAboutTests
{
    private static List<string> About(string text)
    {
        var graph = Extractors.Extract(text);
        var claim = Assert.Single(graph.Claims);
        return [.. claim.About.Select(id => Extractors.NameOf(graph, id))];
    }

    [Fact]
    public void NationalsNamedByTheirDemonymAreWhatTheClaimIsAbout()
    {
        Assert.Contains("Malawi", About("Zambia said Malawian units had shelled its border posts overnight."));
    }

    [Theory]
    [InlineData("The Lakeland Liberation Front said its fighters had withdrawn from the town.")]
    [InlineData("The Lakeland Liberation Front said they had withdrawn from the town.")]
    [InlineData("\"We have withdrawn from the town to spare civilians,\" the Lakeland Liberation Front said.")]
    public void TheSpeakersOwnSideIsWhatItSpeaksOf(string text)
    {
        Assert.Contains("Lakeland Liberation Front", About(text));
    }

    [Fact]
    public void AnOfficialSpeakingOfOurForcesSpeaksOfTheirOrganisation()
    {
        Assert.Contains("Lakeland Liberation Front", About("\"Our forces control the whole valley,\" Lakeland Liberation Front spokesman Peter Banda said."));
    }

    [Fact]
    public void AStatementAboutOthersAloneLeavesTheSpeakerOut()
    {
        Assert.DoesNotContain("Zambia", About("Zambia said the rebels had shelled a market in Malawi."));
    }
}
