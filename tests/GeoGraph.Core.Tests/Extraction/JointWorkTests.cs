using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// Two sides named together that work, fight or share intelligence together are allies ("the LRA and al-Shabaab
/// were working together"), and two names joined by "and" before a plain present verb open a reported clause
/// ("said the LRA and al-Shabaab cooperate closely"). An appeal to work together asserts nothing.
/// </summary>
public sealed class JointWorkTests
{
    [Theory]
    [InlineData("Officials said the LRA and al-Shabaab were working together.")]
    [InlineData("Officials said the LRA and al-Shabaab cooperate closely.")]
    [InlineData("Officials said the LRA and al-Shabaab fight side by side in Somalia.")]
    [InlineData("Officials said the LRA and al-Shabaab share intelligence.")]
    public void TheSidesAreAllies(string text)
    {
        Assert.Contains("Lord's Resistance Army ALLIED_WITH al-Shabaab", RelationTexts.Asserted(text));
    }

    [Fact]
    public void AnAppealToWorkTogetherAssertsNothing()
    {
        Assert.DoesNotContain("Kenya ALLIED_WITH Uganda", RelationTexts.Asserted("The UN urged Kenya and Uganda to work together against the LRA."));
    }

    [Fact]
    public void DeniedJointWorkIsDenied()
    {
        Assert.Contains("Lord's Resistance Army ALLIED_WITH al-Shabaab", RelationTexts.Denied("The LRA and al-Shabaab are not working together, officials said."));
    }
}
