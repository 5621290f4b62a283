using Microsoft.Extensions.DependencyInjection;
using GeoGraph.Api.Tests.Support;

namespace GeoGraph.Api.Tests.GraphQL;

public sealed class ImportArticleMutationTests
{
    private const string Import = """
        mutation($input: ImportArticleInput!) {
          importArticle(input: $input) { created warnings errors { code message } article { id title outlet claims { totalCount } } }
        }
        """;

    private const string Article =
        "Officials in Kabul said the Taliban are in touch with al-Qaeda in Kunar province, according to a report by the United Nations.\n" +
        "\"We believe the group is trying to get closer to the Taliban,\" UN spokesman Stephane Dujarric said.";

    [Fact]
    public async Task ImportingAnArticleStoresItAndImportingItAgainChangesNothing()
    {
        await using var server = await GeoGraphServer.StartAsync(seed: false);
        var input = new { text = Article, title = "Test report", outlet = "Test Wire", publishedAt = "2025-05-01T00:00:00Z" };

        var first = await server.Client.DataAsync(Import, new { input });
        var statsAfterFirst = await server.Client.StatsAsync();
        var second = await server.Client.DataAsync(Import, new { input });

        Assert.True(first.GetProperty("importArticle").GetProperty("created").GetBoolean());
        Assert.Equal("Test Wire", first.GetProperty("importArticle").GetProperty("article").GetProperty("outlet").GetString());
        Assert.False(second.GetProperty("importArticle").GetProperty("created").GetBoolean());
        Assert.Equal(
            first.GetProperty("importArticle").GetProperty("article").GetProperty("id").GetString(),
            second.GetProperty("importArticle").GetProperty("article").GetProperty("id").GetString());
        Assert.Equal(statsAfterFirst.ToJsonString(), (await server.Client.StatsAsync()).ToJsonString());
        Assert.Equal(1, (int)statsAfterFirst["articles"]!);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    public async Task AnEmptyArticleIsRejectedWithACodeAndChangesNothing(string text)
    {
        await using var server = await GeoGraphServer.StartAsync(seed: false);

        var data = await server.Client.DataAsync(Import, new { input = new { text } });

        var payload = data.GetProperty("importArticle");
        Assert.False(payload.GetProperty("created").GetBoolean());
        Assert.Equal("EMPTY_ARTICLE", payload.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, payload.GetProperty("article").ValueKind);
        Assert.Equal(0, (int)(await server.Client.StatsAsync())["articles"]!);
    }

    [Fact]
    public async Task AFaultInTheExtractorRejectsTheArticleWithACodeAndTheServerGoesOn()
    {
        // The one double here: an extractor with a bug, which the real one must not have to show this path.
        await using var server = await GeoGraphServer.StartAsync(seed: false, services: s => s.AddSingleton<GeoGraph.Core.Extraction.IArticleExtractor, FaultyExtractor>());

        var data = await server.Client.DataAsync(Import, new { input = new { text = Article } });

        var payload = data.GetProperty("importArticle");
        Assert.False(payload.GetProperty("created").GetBoolean());
        Assert.Equal("EXTRACTION_FAILED", payload.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(0, (int)(await server.Client.StatsAsync())["articles"]!);
    }

    private sealed class FaultyExtractor : GeoGraph.Core.Extraction.IArticleExtractor
    {
        public GeoGraph.Core.Model.ArticleGraph Extract(GeoGraph.Core.Extraction.ArticleInput input, DateTimeOffset importedAt) =>
            throw new ArgumentOutOfRangeException(nameof(input), "a bug in a rule");
    }

    [Fact]
    public async Task AMutationWithoutItsRequiredInputIsAValidationError()
    {
        await using var server = await GeoGraphServer.StartAsync(seed: false);

        var code = await server.Client.ErrorCodeAsync("mutation { importArticle { created } }");

        Assert.NotNull(code);
        Assert.Equal(0, (int)(await server.Client.StatsAsync())["articles"]!);
    }
}
