using GeoGraph.Api.Tests.Support;

namespace GeoGraph.Api.Tests.GraphQL;

public sealed class BatchAndPreviewTests
{
    private const string ArticleText =
        "Afghan Ministry of Defence spokesman Enayatullah Khwarazmi said the Taliban had attacked Afghan security forces in Kunar province.";

    [Fact]
    public async Task ABatchImportsEachArticleInItsOwnTransactionAndReportsEachOne()
    {
        await using var server = await GeoGraphServer.StartAsync(seed: false);

        var data = await server.Client.DataAsync("""
            mutation($inputs: [ImportArticleInput!]!) { importArticles(inputs: $inputs) { created errors { code } article { id } } }
            """, new { inputs = new object[] { new { text = ArticleText }, new { text = "" }, new { text = ArticleText } } });

        var results = data.GetProperty("importArticles").EnumerateArray().ToList();
        Assert.Equal(3, results.Count);
        Assert.True(results[0].GetProperty("created").GetBoolean());
        Assert.Equal("EMPTY_ARTICLE", results[1].GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.False(results[2].GetProperty("created").GetBoolean());
        Assert.Equal(1, (int)(await server.Client.StatsAsync())["articles"]!);
    }

    [Fact]
    public async Task ABatchLargerThanTheLimitIsRefusedWhole()
    {
        await using var server = await GeoGraphServer.StartAsync(seed: false);
        var inputs = Enumerable.Range(0, 101).Select(i => new { text = $"Officials said item {i} was seen." }).ToArray();

        var code = await server.Client.ErrorCodeAsync("mutation($inputs: [ImportArticleInput!]!) { importArticles(inputs: $inputs) { created } }", new { inputs });

        Assert.Equal("BATCH_TOO_LARGE", code);
        Assert.Equal(0, (int)(await server.Client.StatsAsync())["articles"]!);
    }

    [Fact]
    public async Task APreviewShowsTheExtractionAndStoresNothing()
    {
        await using var server = await GeoGraphServer.StartAsync(seed: false);

        var data = await server.Client.DataAsync("""
            query($input: ImportArticleInput!) { extractArticle(input: $input) {
              articleId body warnings errors { code }
              entities { name kind role organisation }
              claims { text form speaker relations { from type to } } } }
            """, new { input = new { text = ArticleText } });

        var preview = data.GetProperty("extractArticle");
        Assert.Equal(32, preview.GetProperty("articleId").GetString()!.Length);
        Assert.Contains(preview.GetProperty("entities").EnumerateArray(), e => e.GetProperty("name").GetString() == "Taliban");
        var claim = Assert.Single(preview.GetProperty("claims").EnumerateArray());
        Assert.Contains(claim.GetProperty("relations").EnumerateArray(), r => r.GetProperty("type").GetString() == "ATTACKS");
        Assert.Equal(0, (int)(await server.Client.StatsAsync())["articles"]!);
    }

    [Fact]
    public async Task APreviewOfEmptyTextReportsTheRejection()
    {
        await using var server = await GeoGraphServer.StartAsync(seed: false);

        var data = await server.Client.DataAsync("""query { extractArticle(input: { text: " " }) { articleId errors { code } } }""");

        Assert.Equal("EMPTY_ARTICLE", data.GetProperty("extractArticle").GetProperty("errors")[0].GetProperty("code").GetString());
    }
}
