using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// A condemnation with its object is a statement ("Kenya condemned the attack on Lokichoggio"), and it accuses the
/// actor whose act it names, a state's acts named by its demonym too ("the Ugandan air strikes"); a condemnation in the
/// passive, a sentence passed and a what-it-called label are read as before; a label given to an act reported before
/// ("called the attack an act of aggression") accuses whoever an earlier claim said did it to the labeller's side.
/// </summary>
public sealed class CondemnationTests
{
    [Theory]
    [InlineData("Kenya condemned the attack on a market in Lokichoggio.")]
    [InlineData("Kenya strongly condemned the attack on a market in Lokichoggio.")]
    [InlineData("Kenya condemned Monday's attack on a market in Lokichoggio.")]
    public void ACondemnationWithItsObjectIsAStatement(string text)
    {
        var (speaker, claim) = ClaimTexts.Only(text);

        Assert.Equal("Kenya", speaker);
        Assert.StartsWith("Kenya", claim, StringComparison.Ordinal);
        Assert.EndsWith("Lokichoggio", claim, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kenya condemned the attack by the LRA.", "Kenya ACCUSES Lord's Resistance Army")]
    [InlineData("Kenya condemned Uganda's bombardment of Lokichoggio.", "Kenya ACCUSES Uganda")]
    [InlineData("Kenya condemned the Ugandan air strikes in Turkana.", "Kenya ACCUSES Uganda")]
    [InlineData("Kenya condemned the Ugandan bombardment of Lokichoggio.", "Kenya ACCUSES Uganda")]
    public void ACondemnationAccusesTheActorWhoseActItNames(string text, string relation)
    {
        Assert.Contains(relation, RelationTexts.Asserted(text));
    }

    [Theory]
    [InlineData("The attack was condemned by Kenya.")]
    [InlineData("The court condemned the LRA commander to death.")]
    public void APassiveOrASentencePassedIsNoStatement(string text)
    {
        Assert.Empty(ClaimTexts.All(text));
    }

    [Fact]
    public void WhatTheSpeakerCalledIsStillTheLabel()
    {
        var (_, claim) = ClaimTexts.Only("Interior Minister Kipchumba Murkomen condemned what he called a terrorist attack on a police station.");

        Assert.Equal("a terrorist attack on a police station", claim);
    }

    [Theory]
    [InlineData("Kenya said Ugandan troops had shelled its border posts on Monday. Kenya called the attack an act of aggression against its sovereign territory.")]
    [InlineData("Kenya said Ugandan troops had shelled its border posts on Monday. \"This is an act of aggression against a sovereign state,\" the Kenyan foreign minister said.")]
    [InlineData("Kenya said Ugandan troops had shelled its border posts on Monday. Kenya condemned the raid as a war crime.")]
    public void ALabelGivenToAnActReportedBeforeAccusesWhoeverDidItToTheLabeller(string text)
    {
        Assert.Contains("Kenya ACCUSES Uganda", RelationTexts.Asserted(text));
    }

    [Fact]
    public void ALabelOnAnActThatHitAnotherSideAccusesNoOneByMemory()
    {
        Assert.DoesNotContain("Kenya ACCUSES Lord's Resistance Army",
            RelationTexts.Asserted("Uganda said the LRA had attacked Gulu on Monday. Kenya condemned the raid as a war crime."));
    }

    [Fact]
    public void ALabelFarFromTheActAccusesNoOneByMemory()
    {
        Assert.DoesNotContain("Kenya ACCUSES Uganda", RelationTexts.Asserted(
            "Kenya said Ugandan troops had shelled its border posts. Kenya said the raid was retaliation for the arrest of a smuggler and an act of aggression."));
    }
}
