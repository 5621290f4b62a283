using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// "the ministry said" or "the police said" points back to the body that spoke just before only when that body is of
/// the same kind, or is the state itself; after an army spoke, the ministry is a ministry the article does not name.
/// </summary>
public sealed class KindedDescriptionTests
{
    private static string? SecondSpeaker(string text) => ClaimTexts.All("Border news\n\n" + text)[1].Speaker;

    [Fact]
    public void AMinistryAfterAnArmyIsAMinistry()
    {
        Assert.Equal("the ministry", SecondSpeaker("The Kenya Defence Forces said the LRA had attacked Lodwar. Kenya has cut ties with Uganda, the ministry said."));
    }

    [Fact]
    public void ThePoliceAfterAnArmyAreNotTheArmy()
    {
        Assert.NotEqual("Kenya Defence Forces", SecondSpeaker("The Kenya Defence Forces said the LRA had attacked Lodwar. Two suspects were arrested, the police said."));
    }

    [Fact]
    public void AStateThatSpokeStillSpeaksThroughItsMinistry()
    {
        Assert.Equal("Kenya", SecondSpeaker("Kenya said the LRA had attacked Lodwar. The attackers fled to Uganda, the ministry said."));
    }

    [Fact]
    public void ArmedForcesAfterAMinistryAreNotTheMinistry()
    {
        Assert.NotEqual("defence ministry", SecondSpeaker("The defence ministry said more troops were sent. The armed forces said the LRA had fled."));
    }
}
