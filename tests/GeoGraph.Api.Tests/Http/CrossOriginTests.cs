using System.Net;
using System.Text;
using GeoGraph.Api.Tests.Support;

namespace GeoGraph.Api.Tests.Http;

/// <summary>A dashboard served from another origin calling /graphql from a browser.</summary>
public sealed class CrossOriginTests
{
    private const string DashboardOrigin = "http://dashboard.example:3000";

    private static readonly Dictionary<string, string?> AllowDashboard = new() { ["Cors:AllowedOrigins:0"] = DashboardOrigin };

    [Fact]
    public async Task AListedOriginsPreflightIsAnsweredWithTheMethodsAndHeadersItMayUse()
    {
        await using var server = await GeoGraphServer.StartAsync(seed: false, AllowDashboard);

        using var response = await server.Http.SendAsync(Preflight(DashboardOrigin), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(DashboardOrigin, Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("POST", Header(response, "Access-Control-Allow-Methods"), StringComparison.Ordinal);
        Assert.Contains("x-api-key", Header(response, "Access-Control-Allow-Headers")!.ToLowerInvariant(), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task AListedOriginsQueryIsAnsweredWithItsOriginAndTheCorrelationIdExposed()
    {
        await using var server = await GeoGraphServer.StartAsync(seed: false, AllowDashboard);
        using var request = Query(DashboardOrigin);

        using var response = await server.Http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DashboardOrigin, Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("X-Correlation-Id", Header(response, "Access-Control-Expose-Headers"), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AnOriginNotListedGetsNoCorsHeaders(bool othersListed)
    {
        await using var server = await GeoGraphServer.StartAsync(seed: false, othersListed ? AllowDashboard : null);

        using var preflight = await server.Http.SendAsync(Preflight("https://evil.example"), TestContext.Current.CancellationToken);
        using var query = await server.Http.SendAsync(Query("https://evil.example"), TestContext.Current.CancellationToken);

        Assert.Null(Header(preflight, "Access-Control-Allow-Origin"));
        Assert.Null(Header(query, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task AStarAllowsAnyOrigin()
    {
        await using var server = await GeoGraphServer.StartAsync(seed: false, new Dictionary<string, string?> { ["Cors:AllowedOrigins:0"] = "*" });

        using var response = await server.Http.SendAsync(Query("https://anywhere.example"), TestContext.Current.CancellationToken);

        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,x-api-key");
        return request;
    }

    private static HttpRequestMessage Query(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ stats { articles } }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Origin", origin);
        return request;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
}
