using GeoGraph.Core.Extraction.Tokens;

namespace GeoGraph.Core.Tests.Extraction;

public sealed class WordSetTests
{
    private static readonly WordSet Rivers = ["river", "stream", "wadi"];

    // "wadi" is a set word the pool lacks; "lake" is pooled but not in the set.
    private static readonly WordPool Pool = new(["river", "stream", "lake", "the"]);

    [Theory]
    [InlineData("the River flows", "river", true)]
    [InlineData("a stream", "stream", true)]
    [InlineData("the lake", "lake", false)]
    [InlineData("the wadi", "wadi", true)]
    [InlineData("the creek", "creek", false)]
    public void TokensReadWithThePoolAnswerAsTheirKeys(string text, string key, bool expected)
    {
        var token = Tokenizer.Tokenize(text, Pool).Single(t => t.Key == key);

        Assert.Equal(expected, Rivers.Contains(token, Pool));
        Assert.Equal(expected, Rivers.Contains(token.Key));
    }

    [Theory]
    [InlineData("river", true)]
    [InlineData("wadi", true)]
    [InlineData("lake", false)]
    public void TokensReadWithoutAPoolFallBackToTheirKeys(string key, bool expected)
    {
        var token = Tokenizer.Tokenize(key).Single();

        Assert.Equal(Token.Unnumbered, token.Word);
        Assert.Equal(expected, Rivers.Contains(token, Pool));
    }

    [Fact]
    public void AnotherPoolNumbersWordsItsOwnWay()
    {
        var other = new WordPool(["lake", "wadi", "river"]);
        var first = Tokenizer.Tokenize("river lake", Pool);
        var second = Tokenizer.Tokenize("river lake", other);

        Assert.True(Rivers.Contains(first[0], Pool));
        Assert.False(Rivers.Contains(first[1], Pool));
        Assert.True(Rivers.Contains(second[0], other));
        Assert.False(Rivers.Contains(second[1], other));
        Assert.True(Rivers.Contains(first[0], Pool));
    }

    [Fact]
    public void PunctuationIsAWordOnlyWhenListed()
    {
        WordSet joiners = [",", "and"];
        var tokens = Tokenizer.Tokenize("X, and; Y", Pool);

        Assert.True(joiners.Contains(tokens[1], Pool));
        Assert.True(joiners.Contains(tokens[2], Pool));
        Assert.False(joiners.Contains(tokens[3], Pool));
    }

    [Fact]
    public void TheGazetteersPoolNumbersEveryWordTheStagesTest()
    {
        var pool = Support.Extractors.Gazetteer.Words;

        Assert.All(WordSet.Declared().Where(w => w.All(char.IsLetter)), w => Assert.True(pool.NumberOf(w) >= 0, w));
    }
}
