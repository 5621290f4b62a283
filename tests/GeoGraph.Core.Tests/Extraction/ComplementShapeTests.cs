using GeoGraph.Core.Model;
using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>Reported clauses whose verb is in the present tense behind adverbs, a plural subject or an apposition, each in an invented sentence.</summary>
public sealed class ComplementShapeTests
{
    [Theory]
    [InlineData("The UN said the LRA still controls much of Gulu district.", "the LRA still controls much of Gulu district")]
    [InlineData("The UN said the rebels now hold much of Gulu district.", "the rebels now hold much of Gulu district")]
    [InlineData("The UN said the rebels control much of Gulu district.", "the rebels control much of Gulu district")]
    // A group named with its article takes the plain form before an object or a "to" clause.
    [InlineData("The UN said the Taliban provide a safe haven to the LRA.", "the Taliban provide a safe haven to the LRA")]
    [InlineData("The UN said the Taliban continue to shelter the LRA.", "the Taliban continue to shelter the LRA")]
    public void APresentTenseAfterItsSubjectIsAStatement(string text, string statement)
    {
        var claim = Assert.Single(Extractors.Extract(text).Claims);

        Assert.Equal(statement, claim.Text);
    }

    [Theory]
    [InlineData("The UN confirmed the Taliban attack the day before.")]
    [InlineData("Kenya confirmed the deaths on Monday.")]
    [InlineData("Kenya welcomed the talks in Nairobi.")]
    public void AnObjectFollowedByAPrepositionIsNoStatement(string text)
    {
        Assert.Empty(Extractors.Extract(text).Claims);
    }

    [Theory]
    [InlineData("The Kenyan army acknowledged significant losses, without giving any figure.", "significant losses")]
    [InlineData("The LRA admitted heavy losses, including the death of a commander.", "heavy losses, including the death of a commander")]
    public void ALossAdmittedIsAStatement(string text, string admitted)
    {
        var claim = Assert.Single(Extractors.Extract(text).Claims);

        Assert.Contains(admitted, claim.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ASingleQuoteClosingOneOpenedInTheStatementStaysInIt()
    {
        var claim = Assert.Single(Extractors.Extract("Kenya said the raiders are 'not yet identified'.").Claims);

        Assert.Equal("the raiders are 'not yet identified'", claim.Text);
    }

    [Fact]
    public void AnAdmissionOfAPronounAloneIsNoStatement()
    {
        Assert.Empty(Extractors.Extract("Kenya acknowledged it.").Claims);
    }

    [Fact]
    public void AQuotedAppositionAndAQuotedVerbStayInOneReportedStatement()
    {
        const string text = "Kenya's government said the LRA, \"an affiliate of the Islamic State\", still \"operates in the Acholi region\".";

        var claim = Assert.Single(Extractors.Extract(text).Claims);
        Assert.Equal(ClaimForm.ReportedSpeech, claim.Form);
        Assert.StartsWith("the LRA", claim.Text, StringComparison.Ordinal);
        Assert.Contains("Lord's Resistance Army PART_OF Islamic State", RelationTexts.Asserted(text));
    }

    [Fact]
    public void APluralSubjectOfThePresentTenseIsNotTheSpeaker()
    {
        Assert.DoesNotContain(RelationTexts.Asserted("The UN said the rebels control much of Uganda."), r => r.StartsWith("United Nations", StringComparison.Ordinal));
    }

    [Fact]
    public void ANegatedPresentTenseBehindQuotationMarksIsAStatement()
    {
        var claim = Assert.Single(Extractors.Extract("LRA spokesman Peter Okot said the group « no longer recognises » the council's command.").Claims);

        Assert.StartsWith("the group", claim.Text, StringComparison.Ordinal);
        Assert.True(claim.Negated);
    }

    [Fact]
    public void ASemicolonBeforeASecondSpeakerStartsASecondStatement()
    {
        var graph = Extractors.Extract("Kampala says its forces have retaken most of Gulu district; Nairobi says its troops still hold ground there.");

        Assert.Equal(["Uganda", "Kenya"], graph.Claims.Select(c => Extractors.NameOf(graph, c.Speaker)));
        Assert.Equal("its troops still hold ground there", graph.Claims[1].Text);
    }

    [Fact]
    public void AQuotedSecondThatClauseGoesOnWithTheFirst()
    {
        var graph = Extractors.Extract(
            "Kenyan police chief Peter Ouma said the attackers were based in Uganda and that \"their commanders live openly under the protection of the LRA\".");

        var claim = Assert.Single(graph.Claims);
        Assert.StartsWith("the attackers were based in Uganda", claim.Text, StringComparison.Ordinal);
        Assert.Equal("Peter Ouma", Extractors.NameOf(graph, claim.Speaker));
    }

    [Theory]
    [InlineData("Gulu district governor Peter Okot held the LRA responsible for the killing of nine farmers near Gulu.")]
    [InlineData("Ugandan Deputy Foreign Minister Peter Okot went further, holding the LRA responsible for the killing of nine farmers.")]
    public void HoldingAnActorResponsibleIsAnAccusingStatement(string text)
    {
        var graph = Extractors.Extract(text);

        var claim = Assert.Single(graph.Claims);
        Assert.Contains("the LRA responsible for the killing", claim.Text, StringComparison.Ordinal);
        Assert.Contains(RelationTexts.Asserted(text), r => r.EndsWith("ACCUSES Lord's Resistance Army", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Elections were held in Gulu on Sunday, the LRA said.")]
    [InlineData("Uganda's foreign minister went to Nairobi, holding talks with the LRA on the prisoners.")]
    public void HoldingTalksOrAnElectionAccusesNobody(string text)
    {
        Assert.DoesNotContain(RelationTexts.Asserted(text), r => r.Contains("ACCUSES", StringComparison.Ordinal));
    }
}
