using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// Help named with "with" goes to the doer of the clause, whether the phrase opens it ("With the help of Uganda,
/// Kenya attacked …") or closes it ("Kenya attacked the LRA with Uganda's help"), never to the one attacked; a name
/// after a fronted phrase's comma is the clause's subject, not the end of a list; "help" and "helps" are verbs of support.
/// </summary>
public sealed class HelpGivenTests
{
    [Theory]
    [InlineData("Officials said that with the help of Uganda, Kenya attacked the LRA.", "Uganda SUPPORTS Kenya")]
    [InlineData("Officials said that with the help of Uganda, Kenya attacked the LRA.", "Kenya ATTACKS Lord's Resistance Army")]
    [InlineData("Kenya attacked the LRA with the backing of Uganda, officials said.", "Uganda SUPPORTS Kenya")]
    [InlineData("Kenya attacked the LRA with Uganda's help, officials said.", "Uganda SUPPORTS Kenya")]
    [InlineData("Kenya welcomed the backing of Uganda, officials said.", "Uganda SUPPORTS Kenya")]
    [InlineData("The ministry said Uganda would help Kenya fight the LRA.", "Uganda SUPPORTS Kenya")]
    [InlineData("Uganda helps Kenya patrol the border, officials said.", "Uganda SUPPORTS Kenya")]
    public void TheHelpGoesToTheDoer(string text, string expected)
    {
        Assert.Contains(expected, RelationTexts.Asserted(text));
    }

    [Theory]
    [InlineData("Kenya attacked the LRA with the backing of Uganda, officials said.", "Uganda SUPPORTS Lord's Resistance Army")]
    [InlineData("Kenya attacked the LRA with Uganda's help, officials said.", "Uganda SUPPORTS Lord's Resistance Army")]
    [InlineData("Officials said that with the help of Uganda, Kenya attacked the LRA.", "Uganda ATTACKS Lord's Resistance Army")]
    [InlineData("Kenya welcomed the backing of Uganda, officials said.", "Kenya SUPPORTS Uganda")]
    public void NotToTheOneAttackedNorBackwards(string text, string notExpected)
    {
        Assert.DoesNotContain(notExpected, RelationTexts.Asserted(text));
    }

    [Fact]
    public void AHeadlineListWithCommasStillActsTogether()
    {
        Assert.Contains("Uganda ATTACKS Lord's Resistance Army", RelationTexts.Asserted("Officials said Uganda, Kenya attacked the LRA."));
    }
}
