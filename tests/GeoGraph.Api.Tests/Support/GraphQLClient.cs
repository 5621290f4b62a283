using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GeoGraph.Api.Tests.Support;

/// <summary>A plain HTTP client for /graphql: posts queries and hands back the JSON answer.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    /// <summary>Posts a query and returns the whole response document; fails when the status is not 200.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        using var response = await Http.PostAsJsonAsync("/graphql", new { query, variables }, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Posts a query that must succeed, and returns its <c>data</c>.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var response = await QueryAsync(query, variables);
        Assert.False(response.TryGetProperty("errors", out var errors), "Unexpected errors: " + errors);
        return response.GetProperty("data");
    }

    /// <summary>Posts a query that must fail, and returns its first error's <c>extensions.code</c>.</summary>
    public async Task<string?> ErrorCodeAsync(string query, object? variables = null)
    {
        var response = await QueryAsync(query, variables);
        Assert.True(response.TryGetProperty("errors", out var errors), "Expected errors in " + response);
        return errors[0].TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code)
            ? code.GetString()
            : null;
    }

    public async Task<JsonObject> StatsAsync() =>
        JsonNode.Parse((await DataAsync("{ stats { articles claims entities relations } }")).GetProperty("stats").GetRawText())!.AsObject();
}
