using GeoGraph.Core.Extraction.Sentences;
using GeoGraph.Core.Extraction.Tokens;

namespace GeoGraph.Core.Tests.Extraction;

public sealed class SentenceSplitterTests
{
    private static List<string> Split(string text) =>
        SentenceSplitter.Split(text, Tokenizer.Tokenize(text)).Select(s => text[s.Start..s.End]).ToList();

    [Theory]
    [InlineData("U.S. officials met on Monday. They left.", 2)]
    [InlineData("The U.S embassy said so. Nobody disagreed.", 2)]
    [InlineData("Brig. Gen. Jane Doe spoke. Lt. Col. John Roe did not.", 2)]
    [InlineData("Dr. A. B. Smith arrived at 3.5 p.m. today.", 1)]
    [InlineData("Gen. Smith said it. Col. Jones agreed.", 2)]
    [InlineData("Casualties rose by 2.5 percent. Aid fell.", 2)]
    [InlineData("Is it over? Yes. It is not!", 3)]
    public void FullStopsAfterAbbreviationsAndInitialsDoNotEndASentence(string text, int count)
    {
        Assert.Equal(count, Split(text).Count);
    }

    [Theory]
    [InlineData("KYIV (AP) \u2014 Troops held the line, officials said.", "KYIV (AP) \u2014")]
    [InlineData("LAGOS, Nigeria, Jan 4 (Wire) - Troops held the line, officials said.", "LAGOS, Nigeria, Jan 4 (Wire) -")]
    [InlineData("ADDIS ABABA -- Troops held the line, officials said.", "ADDIS ABABA --")]
    public void ADatelineIsNotPartOfTheFirstSentence(string text, string dateline)
    {
        Assert.Equal([dateline, "Troops held the line, officials said."], Split(text));
    }

    [Theory]
    [InlineData("NATO - the alliance - said it would stay.")]
    [InlineData("The UN - which has 193 members - met.")]
    [InlineData("KYIV-based officials said troops held the line.")]
    public void ADashThatEndsNoDatelineSplitsNothing(string text)
    {
        Assert.Single(Split(text));
    }

    [Fact]
    public void AQuotationStaysWholeAcrossItsInnerFullStops()
    {
        var sentences = Split("\"We will hold. We will not leave,\" the commander said. Fighting went on.");

        Assert.Equal(["\"We will hold. We will not leave,\" the commander said.", "Fighting went on."], sentences);
    }

    [Fact]
    public void ALineBrokenInMidSentenceContinues()
    {
        var sentences = Split("\"The fighters moved into the\nvalley at night,\" he said.\nA new line starts here.");

        Assert.Equal(2, sentences.Count);
        Assert.StartsWith("\"The fighters", sentences[0], StringComparison.Ordinal);
    }

    [Fact]
    public void ATitleLineIsASentenceOfItsOwn()
    {
        var sentences = Split("Militants Attack Border Post\nMilitants attacked a post on Monday.");

        Assert.Equal(["Militants Attack Border Post", "Militants attacked a post on Monday."], sentences);
    }
}
