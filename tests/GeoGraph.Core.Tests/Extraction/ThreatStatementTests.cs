using GeoGraph.Core.Model;
using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// A threat that names whom it threatens is a statement ("threatened Kenya with reprisals", "warned Uganda against
/// sending troops"), a side saying it will crush, target or wipe out another threatens it, and the side that claims an
/// attack made it. The one warned is part of the warning's text ("warned the LRA that …"); a warning addressed to no one
/// ("warned that the LRA would strike again") threatens no one.
/// </summary>
public sealed class ThreatStatementTests
{
    [Theory]
    [InlineData("The LRA threatened Kenya with reprisals.", "Kenya")]
    [InlineData("The LRA warned Uganda against sending troops to Kitgum.", "Uganda")]
    [InlineData("The LRA warned Uganda of a bloody response.", "Uganda")]
    public void AThreatNamingWhomItThreatensIsAStatement(string text, string threatened)
    {
        var graph = Extractors.Extract(text);

        var claim = Assert.Single(graph.Claims);
        Assert.Equal("Lord's Resistance Army", Extractors.NameOf(graph, claim.Speaker));
        var threat = Assert.Single(claim.Relations);
        Assert.Equal(RelationType.Threatens, threat.Type);
        Assert.Equal(threatened, Extractors.NameOf(graph, threat.To));
    }

    [Fact]
    public void AWarningWithoutWhomItWarnsIsNoThreatStatement() =>
        Assert.Empty(Extractors.Extract("The Ugandan army warned of heavy rain in Kitgum.").Claims.SelectMany(c => c.Relations));

    [Theory]
    [InlineData("The LRA said it would target Kenyan convoys in Turkana.", "Lord's Resistance Army", "Kenya")]
    [InlineData("\"We will crush the Lord's Resistance Army,\" the Ugandan army said.", "Uganda People's Defence Force", "Lord's Resistance Army")]
    public void ASideThatWillCrushOrTargetAnotherThreatensIt(string text, string from, string to)
    {
        var graph = Extractors.Extract(text);

        var threat = Assert.Single(Assert.Single(graph.Claims).Relations);
        Assert.Equal((from, RelationType.Threatens, to), (Extractors.NameOf(graph, threat.From), threat.Type, Extractors.NameOf(graph, threat.To)));
    }

    [Theory]
    [InlineData("The LRA claimed responsibility for the attack on the Kenyan army base.")]
    [InlineData("The LRA claimed responsibility for an ambush on Kenyan troops in Turkana.")]
    [InlineData("The LRA claimed the bombing of a Kenyan army convoy.")]
    public void TheSideThatClaimsAnAttackMadeIt(string text)
    {
        var graph = Extractors.Extract(text);

        var attack = Assert.Single(Assert.Single(graph.Claims).Relations);
        Assert.Equal(("Lord's Resistance Army", RelationType.Attacks, "Kenya"),
            (Extractors.NameOf(graph, attack.From), attack.Type, Extractors.NameOf(graph, attack.To)));
    }

    [Fact]
    public void ClaimingAClauseIsNoClaimOfAnAttack()
    {
        var graph = Extractors.Extract("The LRA claimed it had repelled a Ugandan army attack on its base.");

        Assert.DoesNotContain(Assert.Single(graph.Claims).Relations, r => Extractors.NameOf(graph, r.From) == "Lord's Resistance Army");
    }

    [Fact]
    public void TheOutletThatCarriedTheClaimIsNoTarget()
    {
        var graph = Extractors.Extract("The LRA claimed the attack in a message relayed by its Radio Mega.");

        Assert.Empty(graph.Claims.SelectMany(c => c.Relations));
    }

    [Fact]
    public void TheOneWarnedIsPartOfTheWarningsText()
    {
        const string text = "Kenya's foreign office warned the LRA that Kenya will respond to any attack from Ugandan soil.";

        Assert.Equal("the LRA that Kenya will respond to any attack from Ugandan soil", ClaimTexts.Only(text).Text);
        Assert.Contains("Kenya's foreign office THREATENS Lord's Resistance Army", RelationTexts.Asserted(text));
    }

    [Theory]
    [InlineData("Kenya said on Monday that if the LRA fired one more rocket, it would strike Gulu.", "Kenya", "Lord's Resistance Army")]
    [InlineData("The LRA said it would bring the war to Nairobi unless Kenya withdrew its troops from Uganda.", "Lord's Resistance Army", "Kenya")]
    [InlineData("Uganda said strikes would continue as long as the LRA kept attacking its territory.", "Uganda", "Lord's Resistance Army")]
    public void HarmPromisedOnAConditionThreatensTheOneItDependsOn(string text, string from, string to)
    {
        Assert.Contains($"{from} THREATENS {to}", RelationTexts.Asserted(text));
    }

    [Fact]
    public void TalksKeptUpOnAConditionThreatenNoOne()
    {
        Assert.DoesNotContain(RelationTexts.Asserted("Kenya said talks would continue as long as the LRA kept its word."), r => r.Contains("THREATENS"));
    }

    [Theory]
    [InlineData("Kenya warned that the LRA would strike again.")]
    [InlineData("Kenya warned on Monday that the LRA would strike the airlift again.")]
    [InlineData("The Kenyan police warned after the arrest that the LRA could retaliate with attacks on officers.")]
    public void AWarningAddressedToNoOneThreatensNoOne(string text)
    {
        Assert.DoesNotContain(RelationTexts.Asserted(text), r => r.Contains(" THREATENS Lord's Resistance Army", StringComparison.Ordinal));
    }

    [Fact]
    public void ForcePromisedUntilAGroupsLastFighterIsGoneThreatensTheGroup()
    {
        Assert.Contains("Uganda THREATENS Lord's Resistance Army",
            RelationTexts.Asserted("The LRA attacked Gulu on Monday. Uganda said the operation would continue until the last terrorist is neutralised."));
    }

    [Fact]
    public void ForceThatWentOnUntilTheLastFighterFellThreatensNoOne()
    {
        Assert.DoesNotContain("Uganda THREATENS Lord's Resistance Army",
            RelationTexts.Asserted("The LRA attacked Gulu on Monday. Uganda said the operation had continued until the last terrorist was killed."));
    }

    [Theory]
    [InlineData("The Ugandan army said its forces had killed 17 LRA fighters in Gulu and vowed to continue operations until the group is destroyed.")]
    [InlineData("The Ugandan army said its forces had killed 17 LRA fighters in Gulu and would continue operations.")]
    public void AttacksDoneAndVowedToGoOnThreatenTheirTarget(string text)
    {
        var relations = RelationTexts.Asserted(text);

        Assert.Contains("Uganda People's Defence Force ATTACKS Lord's Resistance Army", relations);
        Assert.Contains("Uganda People's Defence Force THREATENS Lord's Resistance Army", relations);
    }

    [Theory]
    [InlineData("The Ugandan army said its forces had killed 17 LRA fighters in Gulu but would not continue operations.")]
    [InlineData("The Ugandan army said its forces had killed 17 LRA fighters and it would continue to help refugees.")]
    public void NoCampaignVowedToGoOnThreatensNoOne(string text)
    {
        Assert.DoesNotContain("Uganda People's Defence Force THREATENS Lord's Resistance Army", RelationTexts.Asserted(text));
    }

    [Fact]
    public void AnOfficialOfNoKnownBodyMakesTheThreatHeVoicesHimself()
    {
        Assert.Contains("Peter Okello THREATENS Lord's Resistance Army",
            RelationTexts.Asserted("Gulu Governor Peter Okello said the LRA \"will be crushed wherever it hides\"."));
    }

    [Fact]
    public void APromiseToFightOnUntilAGroupYieldsIsMadeByItsSubject()
    {
        var relations = RelationTexts.Asserted(
            "A Kenyan army spokesman said the Ugandan army would keep up the offensive until the LRA surrenders.");

        Assert.Contains("Uganda People's Defence Force THREATENS Lord's Resistance Army", relations);
        Assert.DoesNotContain("Kenya Defence Forces THREATENS Lord's Resistance Army", relations);
    }

    [Theory]
    [InlineData("The attack on the Kenyan army base was claimed by the LRA.", "The attack on the Kenyan army base was claimed by the LRA")]
    [InlineData("The attack on the Kenyan army base was claimed by the Lord's Resistance Army (LRA), which said in a statement that it had seized weapons.",
        "The attack on the Kenyan army base was claimed by the Lord's Resistance Army (LRA)")]
    public void AnAttackClaimedInThePassiveIsTheAgentsStatement(string text, string statement)
    {
        var graph = Extractors.Extract(text);

        var claim = graph.Claims[0];
        Assert.Equal(statement, claim.Text);
        Assert.Equal("Lord's Resistance Army", Extractors.NameOf(graph, claim.Speaker));
        Assert.Contains(claim.Relations, r => r.Type == RelationType.Attacks && Extractors.NameOf(graph, r.To) == "Kenya");
    }

    [Fact]
    public void AThingClaimedByNoActorIsNoStatement()
    {
        Assert.Empty(Extractors.Extract("The town was claimed by both sides.").Claims);
    }

    [Theory]
    [InlineData("The LRA attacked Gulu on Monday. Ugandan Defence Minister Peter Okello vowed that the army would hunt down these criminals wherever they hide.")]
    [InlineData("The LRA attacked Gulu on Monday. The Ugandan army said it would pursue the terrorists to their last hideout.")]
    public void APromiseToHuntFightersNamedByWhatTheyAreThreatensTheGroupTheArticleNamesMost(string text)
    {
        Assert.Contains("Uganda People's Defence Force THREATENS Lord's Resistance Army", RelationTexts.Asserted(text));
    }

    [Fact]
    public void FightersPursuedInThePastAreNoThreat()
    {
        Assert.DoesNotContain(RelationTexts.Asserted("The LRA attacked Gulu on Monday. The Ugandan army said its troops pursued the terrorists into the forest."),
            r => r.Contains(" THREATENS ", StringComparison.Ordinal));
    }
}
