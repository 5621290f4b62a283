using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// A state is present in its own provinces as a matter of course, so that is not asserted; a foreign state's troops
/// there are.
/// </summary>
public sealed class OwnGroundTests
{
    [Fact]
    public void AStateIsNotSaidToBeInItsOwnProvince()
    {
        Assert.DoesNotContain("Kenya PRESENT_IN Turkana", RelationTexts.Asserted("Kenyan troops killed 12 LRA fighters in Turkana, the military said."));
    }

    [Fact]
    public void AForeignStateIsPresentThere()
    {
        Assert.Contains("Uganda PRESENT_IN Turkana", RelationTexts.Asserted("Kenya said Ugandan troops had been deployed to Turkana."));
    }
}
