using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// An accusation in the passive voice ("Uganda has been accused by Kenya of supporting the LRA") is the agent's
/// statement; the one accused, the subject, is the doer of the charge.
/// </summary>
public sealed class PassiveAccusationTests
{
    [Theory]
    [InlineData("Uganda has been accused by Kenya of supporting the LRA.", "Kenya")]
    [InlineData("Uganda was blamed by Kenya for the attack on Lamu.", "Kenya")]
    [InlineData("The LRA has been accused by the UN of recruiting child soldiers.", "United Nations")]
    public void TheAgentSpeaksTheWholeClause(string text, string speaker)
    {
        var (who, claim) = ClaimTexts.Only(text);

        Assert.Equal(text.TrimEnd('.'), claim);
        Assert.Equal(speaker, who);
    }

    [Theory]
    [InlineData("Uganda has been accused by Kenya of supporting the LRA.")]
    [InlineData("Kenya said Uganda had been accused by Kenyan lawmakers of supporting the LRA.")]
    public void TheSubjectIsTheDoerOfTheCharge(string text)
    {
        var relations = RelationTexts.Asserted(text);

        Assert.Contains("Uganda SUPPORTS Lord's Resistance Army", relations);
        Assert.DoesNotContain("Kenya SUPPORTS Lord's Resistance Army", relations);
    }

    [Fact]
    public void AnUnnamedAccuserMakesNoClaim()
    {
        Assert.Empty(Extractors.Extract("Uganda has been accused by rights groups of abuses.").Claims);
    }
}
