using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// What "the group" and "the company" point back to: not a body named inside a relative clause on the subject, nor a
/// group the last group to speak named in its statement; and a business described as a company.
/// </summary>
public sealed class AntecedentTests
{
    private static string? LastSpeaker(string text) => ClaimTexts.All(text)[^1].Speaker;

    [Theory]
    [InlineData("The Sudan Shield Forces, whose commander defected from the RSF in October, say their fighters advanced on the city. The group said its units were still deployed in Gezira.")]
    [InlineData("The Sudan Shield Forces, which broke away from the RSF in October, say their fighters advanced on the city. The group said its units were still deployed in Gezira.")]
    public void TheGroupIsTheSubjectNotOneNamedInItsRelativeClause(string text)
    {
        Assert.Equal("Sudan Shield Forces", LastSpeaker(text));
    }

    [Fact]
    public void TheCompanyIsTheBusinessDescribedAsOne()
    {
        Assert.Equal("Gold Apollo", LastSpeaker("The devices carried the brand of Gold Apollo, a Taiwanese company. The company said it had licensed its trademark to a firm in Budapest."));
    }

    [Fact]
    public void TheGroupAfterAGroupsStatementIsTheGroupThatSpoke()
    {
        Assert.Equal("al-Shabaab", LastSpeaker("Al-Shabaab said in a statement that it had targeted \"LRA militia members\". The group said it had lost no fighters."));
    }

    [Fact]
    public void TheGroupAfterAnArmysStatementIsTheGroupItNamed()
    {
        Assert.Equal("Lord's Resistance Army", LastSpeaker("The Kenyan army said it had killed 40 LRA fighters. The group denied losing any men."));
    }
}
