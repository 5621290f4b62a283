using GeoGraph.Core.Extraction.Tokens;

namespace GeoGraph.Core.Tests.Extraction;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("Paktiyā province", "paktiya|province")]
    [InlineData("al-Qaeda's fighters", "al|-|qaeda|'|s|fighters")]
    [InlineData("U.S. forces", "u|.|s|.|forces")]
    [InlineData("1,200 troops, 3.5 km", "1,200|troops|,|3.5|km")]
    [InlineData("M23 rebels", "m23|rebels")]
    [InlineData("“Quoted” — text", "\"|quoted|\"|-|text")]
    public void FoldsKeysAndSplitsPunctuation(string text, string expected)
    {
        var keys = Tokenizer.Tokenize(text).Select(t => t.Key);

        Assert.Equal(expected, string.Join('|', keys));
    }

    [Theory]
    [InlineData("NATO", "AllCaps")]
    [InlineData("Nato", "Capitalised")]
    [InlineData("nato", "Lower")]
    [InlineData("I", "Capitalised")]
    public void ReadsCapitalisation(string word, string expected)
    {
        Assert.Equal(expected, Tokenizer.Tokenize(word).Single().Case.ToString());
    }

    [Fact]
    public void OffsetsPointBackIntoTheText()
    {
        const string text = "  Kabul,\tKandahar ";

        var tokens = Tokenizer.Tokenize(text);

        Assert.All(tokens, t => Assert.Equal(t.Key, text.Substring(t.Start, t.Length).ToLowerInvariant()));
    }

    [Theory]
    [InlineData("Paktiyā province", "paktiya|province")]
    [InlineData("Kabul and Kandahar", "kabul|and")]
    public void KeysThePoolKnowsAreItsStringsAndNumbers(string text, string pooled)
    {
        var pool = new WordPool(pooled.Split('|'));

        var words = Tokenizer.Tokenize(text, pool).Where(t => t.IsWordLike).ToList();

        Assert.All(words.Where(t => pooled.Split('|').Contains(t.Key)), t =>
        {
            Assert.True(t.Word >= 0);
            Assert.Same(pool.Intern(t.Key, out _), t.Key);
        });
        Assert.All(words.Where(t => !pooled.Split('|').Contains(t.Key)), t => Assert.Equal(-1, t.Word));
    }

    [Fact]
    public void KeysReadWithoutAPoolAreUnnumbered()
    {
        Assert.All(Tokenizer.Tokenize("Kabul and Kandahar"), t => Assert.Equal(Token.Unnumbered, t.Word));
    }
}
