using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// Talks walked out of are not talks held ("pulled out of talks with X"), and an event held is no ground held
/// ("would hold talks with X", "held a news conference in X"); ground held still is.
/// </summary>
public sealed class TalksLeftAndEventsHeldTests
{
    [Theory]
    [InlineData("The LRA said it had pulled out of talks with Uganda.")]
    [InlineData("The LRA said it had withdrawn from the peace talks with Uganda.")]
    [InlineData("The LRA walked out of negotiations with Uganda, officials said.")]
    public void TalksLeftAreNotHeld(string text)
    {
        Assert.DoesNotContain("Lord's Resistance Army NEGOTIATES_WITH Uganda", RelationTexts.Asserted(text));
    }

    [Fact]
    public void TalksStillHeldAreRead()
    {
        Assert.Contains("Lord's Resistance Army NEGOTIATES_WITH Uganda", RelationTexts.Asserted("The LRA said it would hold talks with Uganda."));
    }

    [Theory]
    [InlineData("The LRA said it would hold talks with Uganda.", "Lord's Resistance Army CONTROLS Uganda")]
    [InlineData("Somali officials said al-Shabaab held a news conference in Gedo.", "al-Shabaab CONTROLS Gedo")]
    public void AnEventHeldIsNoGroundHeld(string text, string notExpected)
    {
        Assert.DoesNotContain(notExpected, RelationTexts.Asserted(text));
    }

    [Fact]
    public void GroundHeldIsStillHeld()
    {
        Assert.Contains("al-Shabaab CONTROLS Gedo", RelationTexts.Asserted("Somali officials said al-Shabaab still holds Gedo."));
    }
}
