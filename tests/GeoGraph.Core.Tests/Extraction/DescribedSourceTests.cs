using GeoGraph.Core.Model;
using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>Statements whose source is a relative clause's antecedent, a description after "according to", or a suspicion.</summary>
public sealed class DescribedSourceTests
{
    private static (string? Speaker, string Text, bool Hedged) Last(string text)
    {
        var graph = Extractors.Extract(text);
        var claim = graph.Claims[^1];
        return (claim.Speaker is { } id ? Extractors.NameOf(graph, id) : claim.SpeakerDescription, claim.Text, claim.Hedged);
    }

    [Theory]
    [InlineData("The strike drew a rebuke from Kenya, which said Uganda had violated its sovereignty.", "Kenya")]
    [InlineData("The strike drew a rebuke from Kenya, which later said Uganda had violated its sovereignty.", "Kenya")]
    public void ARelativeClausesSpeakerIsWhatItHangsOn(string text, string speaker)
    {
        var (found, claim, _) = Last(text);

        Assert.Equal(speaker, found);
        Assert.StartsWith("Uganda had violated", claim, StringComparison.Ordinal);
    }

    [Fact]
    public void AccordingToATitleIsThePersonWhoHoldsIt()
    {
        var (found, claim, _) = Last("Interior Minister Joseph Banda said the army had acted on inputs. According to the Interior Minister, villagers then surrounded the unit.");

        Assert.Equal("Joseph Banda", found);
        Assert.StartsWith("villagers then surrounded", claim, StringComparison.Ordinal);
    }

    [Fact]
    public void AccordingToADescribedBodyIsAStatementOfThatBody()
    {
        var (found, claim, _) = Last("According to the committee, the rebels pledged to refrain from violence.");

        Assert.Equal("the committee", found);
        Assert.StartsWith("the rebels pledged", claim, StringComparison.Ordinal);
    }

    [Fact]
    public void ASuspicionIsAHedgedStatement()
    {
        var (found, claim, hedged) = Last("Investigators suspect that the attack was ordered by a rebel commander.");

        Assert.Equal("Investigators", found);
        Assert.StartsWith("the attack was ordered", claim, StringComparison.Ordinal);
        Assert.True(hedged);
    }

    [Fact]
    public void TheGovernmentWithoutANameSpeaksForTheState()
    {
        Assert.Equal("Kenya", Last("NAIROBI, May 4 (Wire) - According to the government, 40 people died in the clashes with Ugandan troops.").Speaker);
    }

    [Theory]
    [InlineData("Fighting went on. The Kenyan ministry of defence said the border would stay closed.", "Kenyan ministry of defence")]
    [InlineData("Fighting went on. Kenya's ministry of foreign affairs said the border would stay closed.", "Kenya's ministry of foreign affairs")]
    [InlineData("Fighting went on. The Turkana Ministry of Internal Affairs said the border would stay closed.", "Turkana Ministry of Internal Affairs")]
    public void AStatesMinistryWrittenInLowerCaseIsTheMinistryNotTheState(string text, string speaker)
    {
        Assert.Equal(speaker, Last(text).Speaker, ignoreCase: true);
    }

    [Theory]
    [InlineData("Fighting went on. The ministry, in a statement issued late on Sunday, said the border would stay closed.", "the ministry")]
    [InlineData("Fighting went on. The Kenyan defence ministry, in a statement, said the border would stay closed.", "Kenyan defence ministry")]
    public void ASubjectKeepsItsSpeakerPastAParentheticalOfWhereItSpoke(string text, string speaker)
    {
        var (found, claim, _) = Last(text);

        Assert.Equal(speaker, found, ignoreCase: true);
        Assert.StartsWith("the border would stay closed", claim, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The LRA attacked the base on Sunday. The Uganda-based group, which is linked to al-Qaeda, said its fighters had stormed the base.")]
    [InlineData("The LRA attacked the base on Sunday. The group, which is linked to al-Qaeda, claimed the raid. Its fighters had stormed the base, the group said.")]
    public void ADescribedGroupIsTheGroupNamedBeforeNotOneItIsTiedTo(string text)
    {
        Assert.Equal("Lord's Resistance Army", Last(text).Speaker);
    }

    [Fact]
    public void APassiveQuoteIsTheSubjectsStatementCarriedByTheOutlet()
    {
        var graph = Extractors.Extract("Interior Minister Joseph Banda met the envoy. Banda was quoted by Reuters as saying that the situation was difficult.");

        var claim = graph.Claims[^1];
        Assert.Equal("Joseph Banda", Extractors.NameOf(graph, claim.Speaker));
        Assert.Equal("Reuters", Extractors.NameOf(graph, claim.ReportedBy));
        Assert.StartsWith("the situation was difficult", claim.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AVerbJoinedPastAParentheticalHasTheSentencesSubject()
    {
        Assert.Equal("Joseph Banda", Last("President Joseph Banda declared three days of mourning and, after meeting his security chiefs, said the army would avenge the victims.").Speaker);
    }

    [Fact]
    public void ACountReportedIsAStatement()
    {
        var (found, claim, _) = Last("Fighting went on near the border. Kenya reported 41 dead.");

        Assert.Equal("Kenya", found);
        Assert.Equal("Kenya reported 41 dead", claim);
    }

    [Fact]
    public void ALoneSurnameAfterAQuoteIsAPersonTheGazetteerDoesNotList()
    {
        var graph = Extractors.Extract("Fighting went on near the border. \"It is a tragedy for the whole country,\" Mwanawasa told a rally in the capital.");

        var person = Assert.Single(graph.Entities.OfType<Official>());
        Assert.Equal("Mwanawasa", person.Name);
        Assert.Equal(person.Id, graph.Claims[^1].Speaker);
    }

    [Theory]
    [InlineData("Fighting went on near the border. Videos posted online showed fighters at the gate of the base.")]
    [InlineData("Fighting went on near the border. \"We hold the bridge,\" Officers said. Many officers in the town were tired.")]
    public void APluralNounOrACommonWordIsNoSurname(string text)
    {
        Assert.Empty(Extractors.Extract(text).Entities.OfType<Official>());
    }

    [Fact]
    public void ASubjectNoRuleResolvesStillSaysWhatFollowsAPlainVerbOfSaying()
    {
        var (found, claim, _) = Last("Gunmen robbed the bank on Monday. The branch's cashier told reporters he believed the robbers had tried to open the vault.");

        Assert.Equal("The branch's cashier", found);
        Assert.StartsWith("he believed the robbers", claim, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Fighting went on. \"We are here to bring peace,\" one of them told passers-by who questioned them.")]
    [InlineData("Here is what happened, what officials said, and how we read it.")]
    public void NoSpeakerIsMadeOfAPronounOrAQuestionWord(string text)
    {
        Assert.DoesNotContain(Extractors.Extract(text).Claims, c => c.Speaker is null && c.SpeakerDescription is { } d
                                                                     && (d.Contains("them", StringComparison.Ordinal) || d.Contains("what", StringComparison.Ordinal)));
    }

    [Fact]
    public void CallingItABareWordIsAStatement()
    {
        var graph = Extractors.Extract("Fighting went on. Prime Minister Joseph Banda called it shocking and truly senseless and said the victim had died doing her job.");

        var claim = Assert.Single(graph.Claims, c => c.Text.Contains("called it shocking", StringComparison.Ordinal));
        Assert.Equal("Joseph Banda", Extractors.NameOf(graph, claim.Speaker));
    }

    [Fact]
    public void APronounBetweenCommasInterruptsTheStatementItAttributes()
    {
        var (found, claim, _) = Last("President Joseph Banda spoke on Monday. The army, he said, was ready to defend the border.");

        Assert.Equal("Joseph Banda", found);
        Assert.StartsWith("The army, he said, was ready", claim, StringComparison.Ordinal);
    }
}
