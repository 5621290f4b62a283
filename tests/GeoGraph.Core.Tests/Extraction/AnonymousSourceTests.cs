using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// A source who "asked not to be named": the wish says nothing, the statement follows the verb of saying, and a
/// possessor inside what the source did before saying it ("gave the commander's name as") is no new speaker; a dateline
/// before a colon ("NAIROBI, Aug 30:") is no heading that names who speaks.
/// </summary>
public sealed class AnonymousSourceTests
{
    private static (string? Speaker, string Text) Only(string text) => ClaimTexts.Only(text);

    [Theory]
    [InlineData("A UN official who asked not to be named said the LRA was operating in Gulu.")]
    [InlineData("A UN official, who asked not to be identified, said the LRA was operating in Gulu.")]
    [InlineData("A UN official, who asked to remain anonymous, said the LRA was operating in Gulu.")]
    [InlineData("A UN official, who asked that his name be withheld, said the LRA was operating in Gulu.")]
    public void TheWishToStayUnnamedIsNoStatement(string text)
    {
        var (speaker, claim) = Only(text);

        Assert.Equal("the LRA was operating in Gulu", claim);
        Assert.Equal("United Nations", speaker);
    }

    [Fact]
    public void ASourceInARelativeClauseStillSpeaksAfterAJoinedVerb()
    {
        var (speaker, claim) = Only("An Interior Ministry official, who asked not to be named, visited the scene and said the attacker led a cell of the LRA.");

        Assert.Equal("the attacker led a cell of the LRA", claim);
        Assert.Equal("Interior Ministry", speaker);
    }

    [Fact]
    public void APossessorInsideTheObjectIsNoNewSpeaker()
    {
        // The name given is a statement of its own (NamingStatementTests); neither is the commander's.
        var claims = ClaimTexts.All("An Interior Ministry official gave the commander's name as John Kamau and said he led a cell of the LRA.");

        Assert.Equal("he led a cell of the LRA", claims[^1].Text);
        Assert.All(claims, c => Assert.Equal("Interior Ministry", c.Speaker));
    }

    [Theory]
    [InlineData("NAIROBI, Aug 30: The LRA attacked a Kenyan army base in Mandera, officials said on Friday.")]
    [InlineData("Gulu, 12 March: The LRA attacked a Kenyan army base in Mandera, officials said on Friday.")]
    [InlineData("NAIROBI: The LRA attacked a Kenyan army base in Mandera, officials said on Friday.")]
    [InlineData("LOKICHOGGIO: The LRA attacked a Kenyan army base in Mandera, officials said on Friday.")]
    public void ADatelineBeforeAColonIsNoHeadingOfASpeaker(string text)
    {
        var (speaker, claim) = Only(text);

        Assert.Equal("The LRA attacked a Kenyan army base in Mandera", claim);
        Assert.Equal("officials", speaker);
    }

    [Fact]
    public void ABodyInCapitalsBeforeAColonStillHeadsItsStatement()
    {
        Assert.Equal("UNHCR", Only("UNHCR: 300 people were killed in Mandera county, the agency said.").Speaker);
    }
}
