using GeoGraph.Core.Extraction;
using GeoGraph.Core.Extraction.Cleaning;

namespace GeoGraph.Core.Tests.Extraction;

public sealed class ArticleCleanerTests
{
    private const string Body = "Officials said the convoy was attacked near the border on Monday.";

    [Theory]
    [InlineData("Subscribe now for unlimited access.")]
    [InlineData("You have reached your limit of {{free_limit}} free articles this month.")]
    [InlineData("Related articles")]
    [InlineData("© 2024 Some Media Group. All rights reserved.")]
    [InlineData("Read more")]
    [InlineData("This feature is part of our series \"Borders\". Read the next instalment on Kenya's elections.")]
    [InlineData("Share this article")]
    [InlineData("Related Topics")]
    [InlineData("(With inputs from agencies)")]
    [InlineData("Disclaimer: The views expressed are those of the author.")]
    [InlineData("This story has been published from a wire agency feed without modifications to the text.")]
    [InlineData("Follow us on Twitter")]
    [InlineData("Sign up for our daily newsletter")]
    [InlineData("We use cookies to improve your experience. Manage cookie settings")]
    [InlineData("(Reporting by Jane Example; Editing by John Sample)")]
    [InlineData("Tags: border, ceasefire")]
    [InlineData("---")]
    [InlineData("Translation: newsroom. Original Spanish article published on our Spanish-language site.")]
    [InlineData("This article was originally published in Portuguese.")]
    public void TailMarkersCutEverythingAfterTheBody(string marker)
    {
        var cleaned = ArticleCleaner.Clean($"{Body}\n{marker}\nA line of the site tail that looks like a sentence.");

        Assert.Equal(Body, cleaned.Body);
    }

    private const string Paragraph = "The provincial council met on Tuesday and voted to extend the curfew for another week.";

    [Theory]
    [InlineData("RELATED: Council extends curfew in the north")]
    [InlineData("Read more: Who runs the provincial council?")]
    [InlineData("Also read: Curfew lifted in the capital")]
    [InlineData("More on this story")]
    public void ALinkBetweenParagraphsIsDroppedAndTheParagraphsAfterItKept(string link)
    {
        var cleaned = ArticleCleaner.Clean($"{Body}\n{link}\n{Paragraph}\nShare this article\nA line of the site tail.");

        Assert.Equal($"{Body}\n{Paragraph}", cleaned.Body);
    }

    [Theory]
    [InlineData("Kenya: the dismissed general accuses the president of staging a \u00ABself-coup\u00BB")]
    [InlineData("Uganda: opposition leader says the election result was nothing but a 'sham'")]
    public void AHeadlineEndingOnAQuotedWordDoesNotOpenTheBody(string headline)
    {
        // A masthead line ("English edition", "translated from …") under the headline is dropped alone: the
        // headline's closing quote is no sentence's end, so the article has not begun and no tail can start.
        var cleaned = ArticleCleaner.Clean($"{headline}\n\nThe Daily Example \u2014 English edition (translated from Swahili)\n\n{Body}\n{Paragraph}");

        Assert.Equal($"{headline.Replace('\u00AB', '"').Replace('\u00BB', '"')}\n\n{Body}\n{Paragraph}", cleaned.Body);
    }

    [Theory]
    [InlineData("The minister said: &quot;We will not negotiate.&quot;", "The minister said: \"We will not negotiate.\"")]
    [InlineData("The group&#8217;s leader spoke&nbsp;on Monday.", "The group's leader spoke on Monday.")]
    [InlineData("Ministers &amp; generals met&hellip;", "Ministers & generals met...")]
    public void CharacterReferencesLeftInPlainTextAreDecoded(string raw, string expected)
    {
        Assert.Equal(expected, ArticleCleaner.Clean(raw).Body);
    }

    [Fact]
    public void AnAmpersandThatIsNoReferenceStaysAsWritten()
    {
        Assert.Equal("Rule & Order Party said the vote was fair; R&D spending rose.", ArticleCleaner.Clean("Rule & Order Party said the vote was fair; R&D spending rose.").Body);
    }

    [Fact]
    public void ThePagesNavigationAboveTheArticleDoesNotEndIt()
    {
        var page = $"Home > World > Africa\nSkip to main content\nMenu\nSearch\nSubscribe\nLog in\nCurfew extended in the north\nShare\n{Body}\n{Paragraph}\nYou might also like\nFloods hit the south";

        Assert.Equal($"Curfew extended in the north\n{Body}\n{Paragraph}", ArticleCleaner.Clean(page).Body);
    }

    [Fact]
    public void AReadingTimeUnderTheHeadlineDoesNotEndTheBody()
    {
        var cleaned = ArticleCleaner.Clean($"Curfew extended in the north\n4 min read\nListen to this article\n{Body}\n{Paragraph}");

        Assert.Equal($"Curfew extended in the north\n{Body}\n{Paragraph}", cleaned.Body);
    }

    [Fact]
    public void LinksWithNoParagraphAfterThemStillEndTheBody()
    {
        var cleaned = ArticleCleaner.Clean($"{Body}\n{Paragraph}\nRelated: Curfew lifted in the capital | Talks resume\nRead more: Who runs the council?\nFloods hit the south");

        Assert.Equal($"{Body}\n{Paragraph}", cleaned.Body);
    }

    [Theory]
    [InlineData("Story continues below advertisement")]
    [InlineData("Article continues after this advertisement")]
    [InlineData("Advertisement - scroll to continue")]
    [InlineData("Scroll to continue with content")]
    public void AdvertisementMarkersBetweenParagraphsAreDropped(string marker)
    {
        var cleaned = ArticleCleaner.Clean($"{Body}\n{marker}\n{Paragraph}");

        Assert.Equal($"{Body}\n{Paragraph}", cleaned.Body);
    }

    [Theory]
    [InlineData("Advertisement")]
    [InlineData("By Jane Example and John Sample")]
    [InlineData("Photo: A street in the capital (Reuters)")]
    [InlineData("Also read: Talks resume in the capital")]
    [InlineData("{{ad_slot}}")]
    [InlineData("Residents inspect the rubble of a house on Monday [Jane Example/Wire]")]
    [InlineData("Smoke rises over the port after the strike (John Sample/Agency)")]
    [InlineData("Source: News agencies")]
    [InlineData("Media caption,")]
    [InlineData("Image source, Getty Images")]
    [InlineData("2 hours ago")]
    [InlineData("Save")]
    [InlineData("Header image: Police stand guard outside the consulate. — AFP")]
    [InlineData("First published on: 12-11-2024 at 18:15 IST")]
    [InlineData("Purchase Licensing Rights")]
    public void FurnitureLinesAreDroppedAndTheBodyKept(string furniture)
    {
        var cleaned = ArticleCleaner.Clean($"{furniture}\n{Body}\n{furniture}\n{Body}");

        Assert.Equal($"{Body}\n{Body}", cleaned.Body);
    }

    [Theory]
    [InlineData("“They will not win,” he said.", "\"They will not win,\" he said.")]
    [InlineData("the mission in Kabul.? as saying.", "the mission in Kabul. as saying.")]
    [InlineData("the Taliban?s leader", "the Taliban's leader")]
    [InlineData("ﬁghters  in   Kunar", "fighters in Kunar")]
    public void NormalisesUnicodeQuotesAndStrayMarks(string raw, string expected)
    {
        Assert.Equal(expected, ArticleCleaner.Clean(raw).Body);
    }

    [Fact]
    public void AMastheadLineBeforeTheTailIsCutWithIt()
    {
        var cleaned = ArticleCleaner.Clean($"Headline\n{Body}\n{Body}\nSome Outlet\nMost read: another story");

        Assert.Equal($"Headline\n{Body}\n{Body}", cleaned.Body);
    }

    [Fact]
    public void HtmlBecomesTextWithAWarning()
    {
        var cleaned = ArticleCleaner.Clean("<html><head><script>var x = 1;</script></head><body><p>First paragraph.</p><p>Second &amp; last.</p></body></html>");

        Assert.Equal("First paragraph.\n\nSecond & last.", cleaned.Body);
        Assert.Contains(ArticleCleaner.HtmlWarning, cleaned.Warnings);
    }

    [Theory]
    [InlineData("", "EMPTY_ARTICLE")]
    [InlineData("   \n\t ", "EMPTY_ARTICLE")]
    [InlineData("Subscribe now for unlimited access.", "EMPTY_ARTICLE")]
    [InlineData("text\0with\0nul\0bytes", "NOT_TEXT")]
    public void InputWithoutAnArticleIsRejectedWithACode(string raw, string code)
    {
        var error = Assert.Throws<ArticleRejectedException>(() => ArticleCleaner.Clean(raw));

        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void TextOverTheLimitIsRejectedAsTooLarge()
    {
        var error = Assert.Throws<ArticleRejectedException>(() => ArticleCleaner.Clean(new string('a', InputGuard.MaxLength + 1)));

        Assert.Equal("TOO_LARGE", error.Code);
    }

    [Fact]
    public void BinaryDecodedAsTextIsRejected()
    {
        var binary = string.Concat(Enumerable.Range(0, 400).Select(i => (char)(i % 32)));

        var error = Assert.Throws<ArticleRejectedException>(() => ArticleCleaner.Clean(binary));

        Assert.Equal("NOT_TEXT", error.Code);
    }
}
