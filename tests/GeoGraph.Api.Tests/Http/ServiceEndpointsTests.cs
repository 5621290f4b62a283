using System.Net;
using GeoGraph.Api.Tests.Support;

namespace GeoGraph.Api.Tests.Http;

public sealed class ServiceEndpointsTests(SeededServerFixture fixture) : IClassFixture<SeededServerFixture>
{
    private HttpClient Http => fixture.Server.Http;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HealthzAnswersHealthy()
    {
        using var response = await Http.GetAsync("/healthz", Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Token));
    }

    [Fact]
    public async Task GraphiQLIsServedWithEveryAssetFromThisServer()
    {
        var page = await Http.GetStringAsync("/graphiql/", Token);

        Assert.Contains("<div id=\"graphiql\">", page, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", page, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", page, StringComparison.Ordinal);
        foreach (var asset in new[] { "vendor/graphiql.min.js", "vendor/graphiql.min.css", "vendor/react.production.min.js", "vendor/react-dom.production.min.js", "graphiql.js" })
        {
            Assert.Contains(asset, page, StringComparison.Ordinal);
            using var response = await Http.GetAsync("/graphiql/" + asset, Token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task GraphiQLCanBeSwitchedOff()
    {
        await using var server = await GeoGraphServer.StartAsync(seed: false, new Dictionary<string, string?> { ["GraphQL:EnableGraphiQL"] = "false" });

        using var page = await server.Http.GetAsync("/graphiql/", Token);
        using var asset = await server.Http.GetAsync("/graphiql/vendor/graphiql.min.js", Token);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, asset.StatusCode);
    }
}
