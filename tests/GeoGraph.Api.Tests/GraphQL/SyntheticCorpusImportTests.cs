using GeoGraph.Api.Tests.Support;
using GeoGraph.Testing;

namespace GeoGraph.Api.Tests.GraphQL;

/// <summary>The generated corpus that benchmarks and browser tests use goes through the real import path and yields a dense graph.</summary>
public sealed class SyntheticCorpusImportTests
{
    [Fact]
    public async Task GeneratedArticlesImportAsClaimsAndRelations()
    {
        await using var server = await GeoGraphServer.StartAsync(seed: false);
        var articles = new SyntheticCorpus().Articles(30).ToList();

        var data = await server.Client.DataAsync(
            "mutation($inputs: [ImportArticleInput!]!) { importArticles(inputs: $inputs) { created warnings errors { code } } }",
            new { inputs = articles.Select(a => new { text = a.Text, title = a.Title, outlet = a.Outlet, publishedAt = a.PublishedAt }) });

        Assert.All(data.GetProperty("importArticles").EnumerateArray(), r => Assert.True(r.GetProperty("created").GetBoolean(), r.ToString()));
        var stats = await server.Client.StatsAsync();
        Assert.Equal(30, (int)stats["articles"]!);
        Assert.True((int)stats["claims"]! >= 30 * 6, $"claims: {stats["claims"]}");
        Assert.True((int)stats["relations"]! >= 60, $"relations: {stats["relations"]}");
    }
}
