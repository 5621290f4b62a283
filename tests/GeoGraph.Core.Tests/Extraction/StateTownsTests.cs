using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// A state's towns struck or threatened, by the border or not, are the state harmed ("shelled Kenyan border towns",
/// "threatened to attack Kenyan towns"); ground named as where an attack comes from is not harmed.
/// </summary>
public sealed class StateTownsTests
{
    [Theory]
    [InlineData("Officials said Uganda shelled Kenyan border towns on Monday.", "Uganda ATTACKS Kenya")]
    [InlineData("Officials said Ugandan artillery shelled Kenyan border villages overnight.", "Uganda ATTACKS Kenya")]
    [InlineData("The army said the LRA had threatened to attack Kenyan towns.", "Lord's Resistance Army THREATENS Kenya")]
    [InlineData("The LRA said it would strike Kenyan cities if the offensive went on.", "Lord's Resistance Army THREATENS Kenya")]
    public void TheStateIsHarmed(string text, string expected)
    {
        Assert.Contains(expected, RelationTexts.Asserted(text));
    }

    [Fact]
    public void GroundAnAttackComesFromIsNotHarmed()
    {
        Assert.DoesNotContain("Uganda THREATENS Kenya", RelationTexts.Asserted("Uganda warned that it would respond to any attack from Kenyan soil, the minister said."));
    }

    [Fact]
    public void ABorderWithNoTownsAfterItIsNotTheState()
    {
        Assert.DoesNotContain("Lord's Resistance Army ATTACKS Kenya", RelationTexts.Asserted("The army said the LRA planted mines near the Kenyan border."));
    }
}
