using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// A statement inside the subject's relative clause ("The LRA, which says it fights for the north, attacked …") ends
/// with the clause, and the main clause's own statement is still read, with the subject before the clause as speaker.
/// A predicate after the subject's apposition ("The ADF, which …, has attacked …, the UN said") belongs to the statement.
/// </summary>
public sealed class RelativeStatementTests
{
    [Fact]
    public void TheRelativeClausesStatementEndsWithTheClause()
    {
        var claims = ClaimTexts.All("The LRA, which says it is fighting for northern Ugandans, attacked a Ugandan army base on Monday.");

        var claim = Assert.Single(claims);
        Assert.Equal("it is fighting for northern Ugandans", claim.Text);
        Assert.Equal("Lord's Resistance Army", claim.Speaker);
    }

    [Theory]
    [InlineData("The LRA, which says it is fighting for northern Ugandans, claimed a raid on a Ugandan army base.", "Lord's Resistance Army ATTACKS Uganda")]
    [InlineData("Uganda, which says it is fighting the LRA, accused Kenya of sheltering LRA commanders.", "Uganda ACCUSES Kenya")]
    public void TheMainClausesStatementIsReadToo(string text, string relation)
    {
        var claims = ClaimTexts.All(text);

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal(claims[0].Speaker, c.Speaker));
        Assert.Contains(relation, RelationTexts.Asserted(text));
    }

    [Theory]
    [InlineData("The ADF, which is linked to the Islamic State, has attacked Ugandan troops, the UN said.", "Allied Democratic Forces ATTACKS Uganda")]
    [InlineData("The ADF, a Ugandan rebel group, has attacked Ugandan troops, the UN said.", "Allied Democratic Forces ATTACKS Uganda")]
    [InlineData("Al-Shabaab, which is allied with al-Qaeda, attacked the Kenyan base on Monday, the army said.", "al-Shabaab ATTACKS Kenya")]
    public void APredicateAfterTheSubjectsAppositionIsNoApposition(string text, string relation)
    {
        var (speaker, _) = ClaimTexts.Only(text);

        Assert.NotEqual("Allied Democratic Forces", speaker);
        Assert.NotEqual("al-Shabaab", speaker);
        Assert.Contains(relation, RelationTexts.Asserted(text));
    }

    [Fact]
    public void WordsOfSayingInsideARelativeClauseKeepTheSubjectBeforeIt()
    {
        var relations = RelationTexts.Asserted("The UN said the ADF, which pledged allegiance to the Islamic State, attacked Uganda.");

        Assert.Contains("Allied Democratic Forces SEEKS_ALLIANCE_WITH Islamic State", relations);
        Assert.Contains("Allied Democratic Forces ATTACKS Uganda", relations);
    }

    [Fact]
    public void AStatementThatGoesOnPastTheCommaIsNotCut()
    {
        var (_, claim) = ClaimTexts.Only("Uganda cited the UN, which put the toll at 40: 12 soldiers from Uganda and the allied, Kenyan-backed militia, and 28 civilians.");

        Assert.EndsWith("28 civilians", claim, StringComparison.Ordinal);
    }
}
