using GeoGraph.Core.Storage;
using GeoGraph.Storage.Neo4j.Parameters;

namespace GeoGraph.Storage.Neo4j.Tests.Parameters;

public sealed class LuceneQueryTests
{
    [Fact]
    public void EveryTermIsRequiredAsAWordBeginningOrTheWholeWord()
    {
        Assert.Equal("+(nord* OR \"nord\") +(front* OR \"front\")", LuceneQuery.AllPrefixes(["nord", "front"]));
    }

    [Fact]
    public void NoTermsIsNoQuery()
    {
        Assert.Null(LuceneQuery.AllPrefixes([]));
    }

    [Theory]
    [InlineData("text: OR * AND ^")]
    [InlineData("\"unbalanced")]
    [InlineData("NEAR(front valley)")]
    [InlineData("a+b-c&&d||e!f(g)h{i}j[k]l^m\"n~o*p?q:r\\s/t")]
    public void UserTextNeverReachesLuceneAsSyntax(string text)
    {
        var query = LuceneQuery.AllPrefixes(SearchText.Terms(text))!;

        var unescaped = query.Replace("* OR \"", "", StringComparison.Ordinal).Replace("+(", "", StringComparison.Ordinal).Replace("\")", "", StringComparison.Ordinal);
        Assert.All(unescaped.Split(' '), word => Assert.All(word, c => Assert.True(char.IsLetterOrDigit(c), $"'{c}' in {query}")));
    }

    [Theory]
    [InlineData("a+b", "a\\+b")]
    [InlineData("x:y", "x\\:y")]
    [InlineData("q\"", "q\\\"")]
    [InlineData("w v", "w\\ v")]
    public void SyntaxCharactersAreEscaped(string term, string escaped)
    {
        Assert.Equal(escaped, LuceneQuery.Escape(term));
    }
}
