using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// "X will not go unpunished" promises a penalty, as "X will pay a heavy price" does: two negatives neither negate the
/// claim nor deny the threat. The payer may be a name before its members' noun ("the LRA fighters").
/// </summary>
public sealed class UnpunishedThreatTests
{
    [Theory]
    [InlineData("Uganda said the LRA would not go unpunished.")]
    [InlineData("Uganda said the LRA attackers would not go unpunished.")]
    [InlineData("Uganda said the LRA fighters would pay a heavy price.")]
    public void ThePayerIsThreatenedByTheSpeaker(string text)
    {
        Assert.Contains("Uganda THREATENS Lord's Resistance Army", RelationTexts.Asserted(text));
    }

    [Fact]
    public void TwoNegativesDoNotNegateTheClaim()
    {
        var claim = Assert.Single(Extractors.Extract("Uganda said the LRA would not go unpunished.").Claims);

        Assert.False(claim.Negated);
    }

    [Fact]
    public void AnActThatWillNotGoUnpunishedThreatensNoOne()
    {
        Assert.Empty(RelationTexts.Asserted("Uganda said the attack on Gulu would not go unpunished."));
    }
}
