using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// Who speaks after a verb joined by "and" ("X imposed sanctions on Y and said …"), and a second speaker's accusation or
/// denial joined by "as" ("… as Uganda accused the group of …"), each a statement of its own.
/// </summary>
public sealed class JoinedStatementTests
{
    private static List<(string? Speaker, string Text)> Claims(string text) => ClaimTexts.All(text);

    [Fact]
    public void TheSubjectOfTheFirstVerbSpeaksNotAPersonInItsObject()
    {
        var (speaker, text) = Assert.Single(Claims("The United States imposed sanctions on LRA commander Joseph Kony and said the LRA had committed genocide in Gulu."));

        Assert.Equal("United States", speaker);
        Assert.Equal("the LRA had committed genocide in Gulu", text);
    }

    [Theory]
    [InlineData("The LRA said it had attacked the base, as Uganda accused the group of abducting children.", "Uganda accused the group of abducting children")]
    [InlineData("The LRA said it had attacked the base as Uganda denied losing soldiers.", "as Uganda denied losing soldiers")]
    public void AnAccusationOrDenialJoinedByAsIsAStatementOfItsOwn(string text, string second)
    {
        var claims = Claims(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal(("Lord's Resistance Army", "it had attacked the base"), claims[0]);
        Assert.Equal("Uganda", claims[1].Speaker);
        Assert.EndsWith(second.Replace("as ", string.Empty, StringComparison.Ordinal), claims[1].Text, StringComparison.Ordinal);
    }
}
