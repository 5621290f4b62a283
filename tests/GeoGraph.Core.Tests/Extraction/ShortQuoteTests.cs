using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// A quote of two or three words is a statement when it opens the sentence with its own punctuation and is attributed
/// right after ('"These are lies," the spokesman said'); a short quoted phrase inside the writer's sentence is not.
/// </summary>
public sealed class ShortQuoteTests
{
    [Theory]
    [InlineData("The LRA denied the report. \"These are lies,\" the spokesman said.", "These are lies")]
    [InlineData("Kenya accused the LRA of the attack. \"It's wrong,\" LRA spokesman Okot Odhiambo told the BBC.", "It's wrong")]
    public void TheShortQuoteIsAStatement(string text, string quote)
    {
        Assert.Contains(ClaimTexts.All("Border news\n\n" + text), c => c.Text == quote);
    }

    [Fact]
    public void AShortPhraseInsideTheSentenceIsNoStatement()
    {
        Assert.DoesNotContain(ClaimTexts.All("Border news\n\nThe LRA called the raid \"pure theft\" in its weekly bulletin."), c => c.Text == "pure theft");
    }
}
