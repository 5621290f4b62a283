using System.Net.Http.Json;
using System.Text.Json;

namespace GeoGraph.Dashboard.Tests.Support;

/// <summary>Asks the service directly, for the answers the page is compared with.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    /// <summary>Posts a query that must succeed, and returns its <c>data</c>.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        using var response = await Http.PostAsJsonAsync("/graphql", new { query, variables }, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {body}");
        var root = JsonDocument.Parse(body).RootElement.Clone();
        Assert.False(root.TryGetProperty("errors", out var errors), "Unexpected errors: " + errors);
        return root.GetProperty("data");
    }

    /// <summary>
    /// The counts the page must show when centred on an entity with these filters: the network query's answer
    /// (filtered by the server when it takes filters), filtered again as the page does.
    /// </summary>
    public async Task<(int Nodes, int Edges)> ExpectedCountsAsync(string centre, ViewFilter? filter = null)
    {
        filter ??= new ViewFilter();
        var network = await NetworkAsync(centre, await NetworkTakesFiltersAsync() ? filter : null);
        return filter == new ViewFilter() ? (network.Nodes.Count, network.Edges.Count) : network.CountsWhere(filter.Keeps, centre);
    }

    /// <summary>The neighbourhood of an entity, as node ids and relations.</summary>
    public async Task<Subgraph> NetworkAsync(string centre, ViewFilter? serverFilter = null)
    {
        const string fields = "nodes { id } edges { from { id } type to { id } claimCount hedgedCount firstReported lastReported }";
        var data = serverFilter is null
            ? await DataAsync($"query($c: ID!) {{ network(centre: $c) {{ {fields} }} }}", new { c = centre })
            : await DataAsync(
                "query($c: ID!, $types: [RelationType!], $since: DateTimeOffset, $until: DateTimeOffset, $minClaims: Int, $includeHedged: Boolean) " +
                $"{{ network(centre: $c, types: $types, since: $since, until: $until, minClaims: $minClaims, includeHedged: $includeHedged) {{ {fields} }} }}",
                MergeCentre(centre, serverFilter));
        var network = data.GetProperty("network");
        return new Subgraph(
            [.. network.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!)],
            [.. network.GetProperty("edges").EnumerateArray().Select(SubgraphEdge.Read)]);
    }

    /// <summary>Keys of the relations that claims of one speaker assert.</summary>
    public async Task<IReadOnlySet<string>> RelationKeysSaidByAsync(string speaker)
    {
        var keys = new HashSet<string>();
        string? after = null;
        do
        {
            var claims = (await DataAsync(
                "query($s: String, $after: String) { claims(filter: { speaker: $s }, first: 10, after: $after) { pageInfo { hasNextPage endCursor } nodes { relations { from { id } type to { id } } } } }",
                new { s = speaker, after })).GetProperty("claims");
            foreach (var relation in claims.GetProperty("nodes").EnumerateArray().SelectMany(c => c.GetProperty("relations").EnumerateArray()))
                keys.Add($"{relation.GetProperty("from").GetProperty("id").GetString()}|{relation.GetProperty("type").GetString()}|{relation.GetProperty("to").GetProperty("id").GetString()}");
            var page = claims.GetProperty("pageInfo");
            after = page.GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);
        return keys;
    }

    /// <summary>True when the page would send its filters to the server: introspection shows network's filter arguments.</summary>
    private async Task<bool> NetworkTakesFiltersAsync()
    {
        using var response = await Http.PostAsJsonAsync("/graphql", new { query = "{ __type(name: \"Query\") { fields { name args { name } } } }" }, TestContext.Current.CancellationToken);
        var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        if (root.TryGetProperty("errors", out _))
            return false;
        return root.GetProperty("data").GetProperty("__type").GetProperty("fields").EnumerateArray()
            .Where(f => f.GetProperty("name").GetString() == "network")
            .SelectMany(f => f.GetProperty("args").EnumerateArray())
            .Any(a => a.GetProperty("name").GetString() == "types");
    }

    private static Dictionary<string, object?> MergeCentre(string centre, ViewFilter filter)
    {
        var variables = System.Text.Json.JsonSerializer.SerializeToElement(filter.Arguments()).EnumerateObject()
            .ToDictionary(p => p.Name, p => (object?)p.Value);
        variables["c"] = centre;
        return variables;
    }

    public async Task<int> ArticleCountAsync() =>
        (await DataAsync("{ stats { articles } }")).GetProperty("stats").GetProperty("articles").GetInt32();
}
