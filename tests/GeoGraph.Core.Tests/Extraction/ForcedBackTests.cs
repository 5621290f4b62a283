using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// A verb of force whose particle follows its object ("pushed the LRA back", "driven the troops of Uganda's army out of
/// Gulu") attacks the object; vowed, it threatens it; a clause or an infinitive between verb and particle breaks the shape.
/// </summary>
public sealed class ForcedBackTests
{
    [Theory]
    [InlineData("The ADF said its fighters had pushed the LRA back from Gulu.", "Allied Democratic Forces ATTACKS Lord's Resistance Army")]
    [InlineData("The LRA said it had driven the troops of Uganda's army out of Gulu.", "Lord's Resistance Army ATTACKS Uganda People's Defence Force")]
    [InlineData("Uganda vowed to drive the LRA out of the north, the minister said.", "Uganda THREATENS Lord's Resistance Army")]
    public void TheObjectBetweenVerbAndParticleIsForced(string text, string expected)
    {
        Assert.Contains(expected, RelationTexts.Asserted(text));
    }

    [Fact]
    public void ADeniedPushAssertsNothing()
    {
        var text = "Uganda said it had not pushed the LRA back.";

        Assert.Empty(RelationTexts.Asserted(text));
        Assert.Contains("Uganda ATTACKS Lord's Resistance Army", RelationTexts.Denied(text));
    }

    [Theory]
    [InlineData("The minister said pressure from Kenya forced the government to back down.")]
    [InlineData("The LRA said Uganda pushed for talks and Kenya held back.")]
    public void AParticleOfAnotherVerbIsNoForce(string text)
    {
        Assert.DoesNotContain(RelationTexts.Asserted(text), r => r.Contains("ATTACKS", StringComparison.Ordinal));
    }
}
