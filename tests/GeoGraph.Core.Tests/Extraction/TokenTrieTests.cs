using GeoGraph.Core.Extraction.Tokens;

namespace GeoGraph.Core.Tests.Extraction;

public sealed class TokenTrieTests
{
    private static TokenTrie<string> Trie()
    {
        var trie = new TokenTrie<string>();
        trie.Add("Islamic State", "is", caseSensitive: true);
        trie.Add("Islamic State West Africa Province", "iswap", caseSensitive: true);
        trie.Add("IS", "is", caseSensitive: true);
        trie.Add("al-Qaeda", "aq", caseSensitive: true);
        trie.Add("U.S.", "us", caseSensitive: true);
        return trie;
    }

    [Theory]
    [InlineData("the Islamic State West Africa Province said", "iswap")]
    [InlineData("the Islamic State said", "is")]
    [InlineData("Al Qaeda fighters", "aq")]
    [InlineData("alQaeda", null)]
    [InlineData("Al-Qaeda cells", "aq")]
    [InlineData("al-qaeda cells", null)]
    [InlineData("U.S forces", "us")]
    [InlineData("it is said", null)]
    [InlineData("IS fighters", "is")]
    public void FindsTheLongestPhraseWhoseCapitalsFit(string text, string? expected)
    {
        var tokens = Tokenizer.Tokenize(text);

        var found = Enumerable.Range(0, tokens.Count).Select(i => Trie().Match(tokens, i, tokens.Count)).FirstOrDefault(m => m is not null);

        Assert.Equal(expected, found?.Values[0]);
    }

    [Fact]
    public void ACommaEndsAPhrase()
    {
        var tokens = Tokenizer.Tokenize("Islamic, State");

        Assert.Null(Trie().Match(tokens, 0, tokens.Count));
    }

    [Theory]
    [InlineData("working closely with", true, 3)]
    [InlineData("working closely with", false, -1)]
    [InlineData("working closely by", true, -1)]
    [InlineData("working today with", true, -1)]
    public void APhraseMayReadPastAMannerAdverbWhenAsked(string text, bool passAdverbs, int end)
    {
        var trie = new TokenTrie<string>();
        trie.Add("working with", "allied", caseSensitive: false);
        trie.Add("working by", "passive", caseSensitive: false);
        var tokens = Tokenizer.Tokenize(text);
        var found = new List<TrieMatch<string>>();

        trie.MatchAll(tokens, 0, tokens.Count, found, passAdverbs);

        Assert.Equal(end, found.Count == 0 ? -1 : found[^1].End);
    }

    public static TheoryData<string, string?> Phrases() => new()
    {
        { "the Islamic State West Africa Province said", "iswap" },
        { "the Islamic State said", "is" },
        { "Al-Qaeda cells", "aq" },
        { "al-qaeda cells", null },
        { "U.S forces", "us" },
        { "it is said", null },
        { "IS fighters", "is" },
    };

    [Theory]
    [MemberData(nameof(Phrases))]
    public void AFrozenTrieFindsWhatItFoundBefore(string text, string? expected)
    {
        var trie = Trie();
        var pool = new WordPool(trie.Words.Append("fighters"));
        trie.Freeze(pool);

        foreach (var tokens in new[] { Tokenizer.Tokenize(text, pool), Tokenizer.Tokenize(text) })
        {
            var found = Enumerable.Range(0, tokens.Count).Select(i => trie.Match(tokens, i, tokens.Count)).FirstOrDefault(m => m is not null);
            Assert.Equal(expected, found?.Values[0]);
        }
    }

    [Fact]
    public void AFrozenTrieTakesNoMorePhrases()
    {
        var trie = Trie();
        trie.Freeze(new WordPool(trie.Words));

        Assert.Throws<InvalidOperationException>(() => trie.Add("Hamas", "hamas", caseSensitive: true));
    }

    [Fact]
    public void FreezingNeedsEveryWordInThePool()
    {
        Assert.Throws<InvalidOperationException>(() => Trie().Freeze(new WordPool(["islamic"])));
    }
}
