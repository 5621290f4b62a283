using GeoGraph.Core.Extraction.Tokens;

namespace GeoGraph.Core.Tests.Extraction;

public sealed class WordPoolTests
{
    [Fact]
    public void NumbersWordsInTheOrderFirstSeen()
    {
        var pool = new WordPool(["kabul", "and", "kabul", "kandahar"]);

        Assert.Equal(3, pool.Count);
        Assert.Equal([0, 1, 2], new[] { "kabul", "and", "kandahar" }.Select(pool.NumberOf));
    }

    [Theory]
    [InlineData("kabu")]
    [InlineData("kabull")]
    [InlineData("")]
    public void AWordNotPooledHasNoNumber(string key)
    {
        var pool = new WordPool(["kabul", "and"]);

        Assert.Equal(-1, pool.NumberOf(key));
        Assert.Equal(key, pool.Intern(key, out var number));
        Assert.Equal(-1, number);
    }

    [Fact]
    public void FindsEveryWordOfALargePool()
    {
        var words = Enumerable.Range(0, 5000).Select(i => $"w{i}").ToList();

        var pool = new WordPool(words);

        Assert.All(words, w => Assert.Same(w, pool.Intern(w.ToCharArray(), out _)));
        Assert.Equal(Enumerable.Range(0, 5000), words.Select(pool.NumberOf));
    }
}
