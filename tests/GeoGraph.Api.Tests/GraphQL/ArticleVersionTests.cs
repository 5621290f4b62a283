using System.Text.Json;
using GeoGraph.Api.Tests.Support;

namespace GeoGraph.Api.Tests.GraphQL;

/// <summary>An importer re-posting an updated story or a grown live blog under the same URL.</summary>
public sealed class ArticleVersionTests
{
    private const string Import = """
        mutation($input: ImportArticleInput!) {
          importArticle(input: $input) { created article { id url claims { totalCount } } superseded { id supersededBy { id } } }
        }
        """;

    private const string FirstVersion =
        "The interior ministry said the Northern Legion attacked a border post in Upper Province overnight.";

    private const string SecondVersion = FirstVersion +
        "\nLater on Tuesday, a Legion spokesman denied that the group had attacked the post, Regional Radio reported.";

    [Fact]
    public async Task AnUpdatedTextUnderTheSameUrlSupersedesTheEarlierOneAndItsClaimsStopCounting()
    {
        await using var server = await GeoGraphServer.StartAsync(seed: false);
        var first = Payload(await server.Client.DataAsync(Import, new { input = new { text = FirstVersion, url = "https://news.example/legion-attack" } }));

        var second = Payload(await server.Client.DataAsync(Import, new { input = new { text = SecondVersion, url = "HTTPS://News.Example/legion-attack#comments" } }));

        var firstId = first.GetProperty("article").GetProperty("id").GetString();
        var secondId = second.GetProperty("article").GetProperty("id").GetString();
        Assert.Equal("https://news.example/legion-attack", second.GetProperty("article").GetProperty("url").GetString());
        var superseded = Assert.Single(second.GetProperty("superseded").EnumerateArray());
        Assert.Equal(firstId, superseded.GetProperty("id").GetString());
        Assert.Equal(secondId, superseded.GetProperty("supersededBy").GetProperty("id").GetString());
        var stats = await server.Client.StatsAsync();
        Assert.Equal(1, (int)stats["articles"]!);
        var listed = await server.Client.DataAsync("""{ current: articles { totalCount } all: articles(where: { includeSuperseded: true }) { totalCount } }""");
        Assert.Equal((1, 2), (listed.GetProperty("current").GetProperty("totalCount").GetInt32(), listed.GetProperty("all").GetProperty("totalCount").GetInt32()));
        var claimsOfFirst = await server.Client.DataAsync("query($id: ID!) { article(id: $id) { claims { totalCount } } }", new { id = firstId });
        Assert.Equal(0, claimsOfFirst.GetProperty("article").GetProperty("claims").GetProperty("totalCount").GetInt32());
        Assert.Equal(second.GetProperty("article").GetProperty("claims").GetProperty("totalCount").GetInt32(), (int)stats["claims"]!);
    }

    [Fact]
    public async Task ArticlesWithoutAUrlNeverSupersedeEachOther()
    {
        await using var server = await GeoGraphServer.StartAsync(seed: false);
        await server.Client.DataAsync(Import, new { input = new { text = FirstVersion } });

        var second = Payload(await server.Client.DataAsync(Import, new { input = new { text = SecondVersion } }));

        Assert.Equal(0, second.GetProperty("superseded").GetArrayLength());
        Assert.Equal(2, (int)(await server.Client.StatsAsync())["articles"]!);
    }

    private static JsonElement Payload(JsonElement data) => data.GetProperty("importArticle");
}
