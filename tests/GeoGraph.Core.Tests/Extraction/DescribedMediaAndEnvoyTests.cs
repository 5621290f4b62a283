using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// A medium described rather than named ("…, state media reported", "local television said") speaks the statement it
/// closes; a state's ambassador or diplomats expelled are ties cut with that state.
/// </summary>
public sealed class DescribedMediaAndEnvoyTests
{
    [Theory]
    [InlineData("Mali expelled the French ambassador, state media reported.", "state media")]
    [InlineData("Mali expelled the French ambassador, local media reported.", "local media")]
    [InlineData("Mali expelled the French ambassador, state radio said.", "state radio")]
    [InlineData("State media reported that Mali had expelled the French ambassador.", "State media")]
    public void ADescribedMediumIsTheSpeaker(string text, string medium)
    {
        var claim = Assert.Single(Extractors.Extract(text).Claims);

        Assert.Equal(medium, claim.SpeakerDescription);
        Assert.Null(claim.Speaker);
    }

    [Fact]
    public void AReportWithoutAMediumOrAClauseIsNoStatement()
    {
        Assert.Empty(Extractors.Extract("The press reported widely on the attack.").Claims);
    }

    [Theory]
    [InlineData("Mali expelled the French ambassador, state media reported.")]
    [InlineData("Uganda said Mali expelled French diplomats.")]
    public void ExpellingAStatesEnvoysCutsTiesWithTheState(string text)
    {
        Assert.Contains("Mali CUT_TIES_WITH France", RelationTexts.Asserted(text));
    }

    [Fact]
    public void MeetingAStatesAmbassadorIsContactWithTheState()
    {
        Assert.Contains("Lord's Resistance Army IN_CONTACT_WITH Uganda", RelationTexts.Asserted("Kenya said the LRA met the Ugandan ambassador in Gulu."));
    }
}
