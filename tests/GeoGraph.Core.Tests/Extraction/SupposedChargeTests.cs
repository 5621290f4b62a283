using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// A crime label only supposed ("will respond to any aggression by the LRA") lays no charge; "further aggression" tells
/// of aggression before, and a label of an act that happened accuses its doer.
/// </summary>
public sealed class SupposedChargeTests
{
    [Theory]
    [InlineData("Kenya said it would respond to any aggression by the LRA.")]
    [InlineData("Kenya said it would answer possible acts of aggression by the LRA.")]
    public void ASupposedChargeAccusesNoOne(string text)
    {
        Assert.DoesNotContain(RelationTexts.Asserted(text), r => r.Contains("ACCUSES", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kenya said it would respond to further aggression by the LRA.")]
    [InlineData("Kenya condemned the aggression by the LRA.")]
    public void AChargeOfAnActThatHappenedAccuses(string text)
    {
        Assert.Contains("Kenya ACCUSES Lord's Resistance Army", RelationTexts.Asserted(text));
    }
}
