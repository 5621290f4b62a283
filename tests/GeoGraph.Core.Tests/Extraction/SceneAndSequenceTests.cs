using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// Where a statement starts and ends around what sets the scene or follows it: an opening participle or preposition
/// ("Speaking to reporters in Nairobi, X said …") is no statement; a past tense the tense rules did not know ("stood")
/// still makes a clause; an appeal with an infinitive states nothing; a charge stated by its object and what the
/// speaker "said" after it are two statements; "ruled out" and "made clear" are verbs of saying; an "according to"
/// source goes on speaking in a relative clause; ", which X denies" is X's denial; a headline joins two statements
/// with a comma; and a verb of saying inside what a trailing ", X said" reports is part of X's statement.
/// </summary>
public sealed class SceneAndSequenceTests
{
    private static List<(string? Speaker, string Text)> All(string text) => ClaimTexts.All(text);

    [Theory]
    [InlineData("Speaking to reporters in Nairobi, Kenyan President William Ruto said Kenya stood with Uganda.")]
    [InlineData("Speaking in Nairobi on Monday, Kenyan President William Ruto said Kenya stood with Uganda.")]
    [InlineData("After meeting his generals in Nairobi, Kenyan President William Ruto said Kenya stood with Uganda.")]
    [InlineData("Kenyan President William Ruto said Kenya stood with Uganda.")]
    public void WhatSetsTheSceneIsNoStatement(string text)
    {
        var (speaker, claim) = Assert.Single(All(text));

        Assert.Equal("Kenya stood with Uganda", claim);
        Assert.Equal("William Ruto", speaker);
    }

    [Fact]
    public void AClauseWithAVerbOfItsOwnBeforeTheSubjectStaysTheStatement()
    {
        var (speaker, claim) = Assert.Single(All("In Kitgum the rebels killed 12 soldiers, the Ugandan army said."));

        Assert.Equal("In Kitgum the rebels killed 12 soldiers", claim);
        Assert.Equal("Uganda People's Defence Force", speaker);
    }

    [Theory]
    [InlineData("The Ugandan army urged residents to report anything they knew to the police.")]
    [InlineData("The Ugandan army asked residents to hand over weapons they found in Kitgum.")]
    public void AnAppealWithAnInfinitiveStatesNothing(string text) => Assert.Empty(All(text));

    [Fact]
    public void AVerbJoinedByButIsTheSubjectsNextAct() =>
        Assert.Empty(All("The Ugandan army confirmed the raid to the BBC but gave no figures."));

    [Fact]
    public void RuledOutIsADenial()
    {
        var graph = Extractors.Extract("Kenyan Interior Minister Kithure Kindiki ruled out talks with the Lord's Resistance Army.");

        var claim = Assert.Single(graph.Claims);
        Assert.True(claim.Negated);
        Assert.Empty(claim.Relations);
        Assert.Equal("Kithure Kindiki", Extractors.NameOf(graph, claim.Speaker));
    }

    [Fact]
    public void MadeClearIsAVerbOfSaying()
    {
        var (speaker, claim) = Assert.Single(All("Kenya made clear that its troops would stay in Turkana."));

        Assert.Equal("its troops would stay in Turkana", claim);
        Assert.Equal("Kenya", speaker);
    }

    [Fact]
    public void AChargeAndWhatTheSpeakerSaidAfterItAreTwoStatements()
    {
        var claims = All("Uganda condemned the raid as a war crime and said it was suspending contacts with the LRA.");

        Assert.Equal(2, claims.Count);
        Assert.Equal("it was suspending contacts with the LRA", claims[1].Text);
        Assert.All(claims, c => Assert.Equal("Uganda", c.Speaker));
    }

    [Fact]
    public void AChargeGoesOnWithAnotherJoinedVerb()
    {
        var (_, claim) = Assert.Single(All("Uganda accused the LRA of burning villages and promised to hunt the group down."));

        Assert.EndsWith("promised to hunt the group down", claim, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAccordingToSourceSpeaksOnInARelativeClause()
    {
        var claims = All("The attack killed 12 soldiers, according to police sources, who said the attackers took 12 rifles.");

        Assert.Equal(2, claims.Count);
        Assert.Equal(("police sources", "the attackers took 12 rifles"), claims[1]);
    }

    [Fact]
    public void WhichXDeniesIsXsDenial()
    {
        var graph = Extractors.Extract("Uganda says the LRA is armed by Sudan, which Khartoum denies.");

        Assert.Equal(2, graph.Claims.Count);
        var denial = graph.Claims[1];
        Assert.Equal("which Khartoum denies", denial.Text);
        Assert.True(denial.Negated);
        Assert.Equal("Sudan", Extractors.NameOf(graph, denial.Speaker));
        Assert.False(graph.Claims[0].Negated);
    }

    [Fact]
    public void AHeadlineJoinsTwoStatementsWithAComma()
    {
        var claims = All("Kenya says LRA attacked border post, Uganda says army repelled raid\n\nNAIROBI — The LRA attacked a Kenyan border post on Monday, officials said.");

        Assert.Contains(("Kenya", "LRA attacked border post"), claims);
        Assert.Contains(("Uganda", "army repelled raid"), claims);
    }

    [Fact]
    public void PoliceSourcesAreThePoliceTheArticleNames()
    {
        var claims = All("The Uganda Police Force said it was investigating. A senior police officer said the attackers had fled to Kitgum.");

        Assert.Equal(("Uganda Police Force", "the attackers had fled to Kitgum"), claims[1]);
    }

    [Fact]
    public void PoliceSourcesAreNotTheArmy()
    {
        var claims = All("The Ugandan army said it was investigating. A senior police officer said the attackers had fled to Kitgum.");

        Assert.Equal(("A senior police officer", "the attackers had fled to Kitgum"), claims[1]);
    }

    [Theory]
    [InlineData("The LRA threatened to attack Kenya if it sent troops, Uganda said.", "The LRA threatened to attack Kenya if it sent troops")]
    [InlineData("The LRA vowed to attack Kenya, Uganda said on Monday.", "The LRA vowed to attack Kenya")]
    public void AVerbOfSayingInsideWhatATrailingSpeakerReportsIsPartOfTheStatement(string text, string statement)
    {
        var graph = Extractors.Extract(text);

        var claim = Assert.Single(graph.Claims);
        Assert.Equal(statement, claim.Text);
        Assert.Equal("Uganda", Extractors.NameOf(graph, claim.Speaker));
        var threat = Assert.Single(claim.Relations);
        Assert.Equal(GeoGraph.Core.Model.RelationType.Threatens, threat.Type);
    }

    [Fact]
    public void AnOutletAfterTheStatementLeavesTheSpeakerInside()
    {
        var (speaker, claim) = Assert.Single(All("Kenyan Interior Minister Kithure Kindiki denied that Kenya had armed the LRA, Reuters reported."));

        Assert.Equal("Kithure Kindiki", speaker);
        Assert.Equal("Kenya had armed the LRA", claim);
    }

    [Theory]
    [InlineData("Kenya condemned the attack, blaming the LRA.")]
    [InlineData("Kenya said the attack was cowardly, blaming the LRA.")]
    public void BlameAfterAStatementAccusesFromTheSpeaker(string text)
    {
        var graph = Extractors.Extract(text);

        var blame = Assert.Single(graph.Claims.SelectMany(c => c.Relations));
        Assert.Equal(("Kenya", GeoGraph.Core.Model.RelationType.Accuses, "Lord's Resistance Army"),
            (Extractors.NameOf(graph, blame.From), blame.Type, Extractors.NameOf(graph, blame.To)));
    }

    [Fact]
    public void ASecondStatementAtTheEndIsNoTrailingAttribution()
    {
        var claims = All("The LRA threatened Kenya with reprisals, and Uganda said its army was ready.");

        Assert.Equal([("Lord's Resistance Army", "The LRA threatened Kenya with reprisals"), ("Uganda", "its army was ready")], claims);
    }

    [Fact]
    public void AShortLabelReadsWithWhatItWasCalled()
    {
        var (speaker, claim) = Assert.Single(All("Kenya condemned what it called LRA terrorism."));

        Assert.Equal(("Kenya", "what it called LRA terrorism"), (speaker, claim));
    }

    [Theory]
    [InlineData("Kenya condemned what it called an act of terrorism by the LRA.")]
    [InlineData("Kenya called the bombing an act of terrorism by the LRA.")]
    public void AnActOfTerrorismLabelAccuses(string text)
    {
        var graph = Extractors.Extract(text);

        var charge = Assert.Single(Assert.Single(graph.Claims).Relations);
        Assert.Equal(("Kenya", GeoGraph.Core.Model.RelationType.Accuses, "Lord's Resistance Army"),
            (Extractors.NameOf(graph, charge.From), charge.Type, Extractors.NameOf(graph, charge.To)));
    }

    [Fact]
    public void TheFightAgainstTerrorismAccusesNoOne() =>
        Assert.Empty(Extractors.Extract("Kenya said the fight against acts of terrorism would go on.").Claims.SelectMany(c => c.Relations));
}
