using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// Troops deployed "in eastern Congo" are present in Congo past the compass point; and a place after a preposition
/// before "to fight alongside" is where the troops went, not who fights.
/// </summary>
public sealed class DeploymentPlaceTests
{
    private const string Deployment = "The UN said Rwanda had deployed about 4,000 troops inside eastern Congo to fight alongside the M23.";

    [Theory]
    [InlineData(Deployment)]
    [InlineData("The UN said Rwanda had deployed about 4,000 troops in eastern Congo.")]
    public void ACompassPointBeforeThePlaceKeepsThePresence(string text)
    {
        Assert.Contains("Rwanda PRESENT_IN Democratic Republic of the Congo", RelationTexts.Asserted(text));
    }

    [Fact]
    public void ThePlaceTheTroopsWentToIsNotTheAlly()
    {
        var relations = RelationTexts.Asserted(Deployment);

        Assert.Contains("Rwanda ALLIED_WITH March 23 Movement", relations);
        Assert.DoesNotContain("Democratic Republic of the Congo ALLIED_WITH March 23 Movement", relations);
    }

    [Fact]
    public void AnActorAskedToFightIsStillTheAlly()
    {
        Assert.Contains("Lord's Resistance Army ALLIED_WITH Uganda", RelationTexts.Asserted("Kenya said Uganda was relying on the LRA to fight alongside it."));
    }
}
