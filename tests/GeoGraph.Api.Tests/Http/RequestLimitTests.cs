using System.Text;
using GeoGraph.Api.Tests.Support;

namespace GeoGraph.Api.Tests.Http;

/// <summary>Every limit refuses what is over it with a code, and lets a legitimate request through.</summary>
public sealed class RequestLimitTests(SeededServerFixture fixture) : IClassFixture<SeededServerFixture>
{
    private GraphQLClient Client => fixture.Client;

    [Fact]
    public async Task ThirtyAliasesPassAndThirtyOneAreRefused()
    {
        Assert.Equal("MAX_ALIASES", await Client.ErrorCodeAsync(Aliased(31)));
        await Client.DataAsync(Aliased(30));
    }

    [Fact]
    public async Task TwentyRootFieldsRunAndTwentyOneAreRefused()
    {
        static string Roots(int count) => "{ " + string.Join(' ', Enumerable.Range(0, count).Select(i => $"s{i}: stats {{ articles }}")) + " }";

        Assert.Equal("MAX_ROOT_FIELDS", await Client.ErrorCodeAsync(Roots(21)));
        await Client.DataAsync(Roots(20));
    }

    [Fact]
    public async Task ACostlyQueryIsRefusedAndAModestOneRuns()
    {
        const string costly = "{ claims(first: 100) { edges { node { relations { claims(first: 100) { edges { node { text } } } } } } } }";
        const string modest = "{ claims(first: 10) { edges { node { text about { name } relations { claimCount } } } } }";

        Assert.Equal("MAX_COST", await Client.ErrorCodeAsync(costly));
        await Client.DataAsync(modest);
    }

    [Fact]
    public async Task CostCountsPageSizesGivenAsVariables()
    {
        const string query = "query($n: Int) { claims(first: $n) { edges { node { relations { claims(first: $n) { edges { node { text } } } } } } } }";

        Assert.Equal("MAX_COST", await Client.ErrorCodeAsync(query, new { n = 100 }));
        await Client.DataAsync(query, new { n = 2 });
    }

    [Fact]
    public async Task AHundredFragmentsRunAndAHundredAndOneAreRefused()
    {
        // A chain, each fragment spreading the next: the shape whose validation time grows fastest.
        static string Chain(int count) =>
            "{ ...F0 } " + string.Join(' ', Enumerable.Range(0, count - 1).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} }}"))
            + $" fragment F{count - 1} on Query {{ stats {{ articles }} }}";

        Assert.Equal("MAX_FRAGMENTS", await Client.ErrorCodeAsync(Chain(101)));
        await Client.DataAsync(Chain(100));
    }

    [Fact]
    public async Task NestingPastWhatTheParserAcceptsIsRefusedAsDepthNotAsAnInternalError()
    {
        var nested = "{ " + string.Concat(Enumerable.Repeat("claims { edges { node { ", 200)) + "id" + new string('}', 200 * 3) + " }";

        var error = (await Client.QueryAsync(nested)).GetProperty("errors")[0];

        Assert.Equal("MAX_DEPTH", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("parser", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATenLevelQueryRunsAndAnElevenLevelQueryIsRefused()
    {
        const string ten = "{ claims(first: 1) { edges { node { relations { claims(first: 1) { edges { node { article { claims(first: 1) { totalCount } } } } } } } } } }";
        const string eleven = "{ claims(first: 1) { edges { node { relations { claims(first: 1) { edges { node { article { claims(first: 1) { edges { cursor } } } } } } } } } } }";

        await Client.DataAsync(ten);
        Assert.Equal("MAX_DEPTH", await Client.ErrorCodeAsync(eleven));
    }

    [Fact]
    public async Task IntrospectionIsNotCountedAsDepth()
    {
        var data = await Client.DataAsync("{ __schema { types { name fields { type { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } }");

        Assert.True(data.GetProperty("__schema").GetProperty("types").GetArrayLength() > 10);
    }

    [Fact]
    public async Task IntrospectionCanBeSwitchedOff()
    {
        await using var server = await GeoGraphServer.StartAsync(seed: false, new Dictionary<string, string?> { ["GraphQL:EnableIntrospection"] = "false" });

        var response = await server.Client.QueryAsync("{ __schema { queryType { name } } }");

        Assert.True(response.TryGetProperty("errors", out _));
        await server.Client.DataAsync("{ stats { articles } }");
    }

    private static string Aliased(int count)
    {
        var query = new StringBuilder("{ stats { ");
        for (var i = 0; i < count; i++)
            query.Append('a').Append(i).Append(": articles ");
        return query.Append("} }").ToString();
    }
}
