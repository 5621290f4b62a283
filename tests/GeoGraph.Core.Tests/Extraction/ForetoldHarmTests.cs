using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// A harm foretold in the passive with no doer named ("Kenyan troops will be attacked wherever they are, the LRA
/// said") is the speaker's threat against the one who will suffer it; a warning issued to a side threatens it.
/// A named doer, the speaker's own side or a denial make no such threat.
/// </summary>
public sealed class ForetoldHarmTests
{
    [Theory]
    [InlineData("Kenyan troops will be attacked wherever they are, the LRA said.", "Lord's Resistance Army THREATENS Kenya")]
    [InlineData("The LRA said Kenyan troops would be targeted.", "Lord's Resistance Army THREATENS Kenya")]
    [InlineData("The LRA issued a warning to Kenya, officials said.", "Lord's Resistance Army THREATENS Kenya")]
    [InlineData("Uganda sent a stern warning to the LRA, officials said.", "Uganda THREATENS Lord's Resistance Army")]
    public void TheSpeakerThreatens(string text, string expected)
    {
        Assert.Contains(expected, RelationTexts.Asserted(text));
    }

    [Theory]
    [InlineData("The LRA said Kenyan troops will be attacked by the ADF.")]
    [InlineData("Kenya said its troops would not be attacked.")]
    [InlineData("The LRA said Kenyan troops were attacked.")]
    public void NoThreatIsRead(string text)
    {
        Assert.DoesNotContain(RelationTexts.Asserted(text), r => r.Contains("THREATENS", StringComparison.Ordinal));
    }
}
