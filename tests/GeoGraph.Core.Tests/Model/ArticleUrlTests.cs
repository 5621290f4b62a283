using GeoGraph.Core.Model;

namespace GeoGraph.Core.Tests.Model;

public sealed class ArticleUrlTests
{
    [Theory]
    [InlineData("https://news.example/a/b", "https://news.example/a/b")]
    [InlineData("  HTTPS://News.Example/a/B?id=7#comments ", "https://news.example/a/B?id=7")]
    [InlineData("http://NEWS.example:8080", "http://news.example:8080")]
    [InlineData("HTTP://News.Example?x=Y", "http://news.example?x=Y")]
    [InlineData("urn:Story:42#x", "urn:Story:42")]
    [InlineData("#only-a-fragment", null)]
    [InlineData("   ", null)]
    [InlineData(null, null)]
    public void NormalisesSchemeHostAndFragmentButNotPathOrQuery(string? url, string? expected)
    {
        Assert.Equal(expected, ArticleUrl.Normalise(url));
    }
}
