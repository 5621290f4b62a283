using System.Text.Json;
using GeoGraph.Api.Tests.Support;

namespace GeoGraph.Api.Tests.Http;

/// <summary>The npm graphql-http audit suite (serverAudits) against the live server.</summary>
public sealed class GraphQLHttpAuditTests(SeededServerFixture fixture, ITestOutputHelper output) : IClassFixture<SeededServerFixture>
{
    [Fact]
    public async Task EveryMustAuditPasses()
    {
        var url = new Uri(fixture.Server.Http.BaseAddress!, "/graphql").ToString();

        var results = JsonDocument.Parse(await NodeScript.RunAsync("audit.mjs", url)).RootElement.EnumerateArray().ToList();

        var must = results.Where(r => r.GetProperty("name").GetString()!.StartsWith("MUST", StringComparison.Ordinal)).ToList();
        var should = results.Where(r => r.GetProperty("name").GetString()!.StartsWith("SHOULD", StringComparison.Ordinal)).ToList();
        var shouldPassed = should.Count(r => r.GetProperty("status").GetString() == "ok");
        output.WriteLine($"graphql-http audit: {must.Count(r => r.GetProperty("status").GetString() == "ok")}/{must.Count} MUST, {shouldPassed}/{should.Count} SHOULD");
        foreach (var failed in results.Where(r => r.GetProperty("status").GetString() != "ok"))
            output.WriteLine($"  {failed.GetProperty("status").GetString()}: {failed.GetProperty("name").GetString()} — {failed.GetProperty("reason")}");
        Assert.NotEmpty(must);
        Assert.All(must, r => Assert.True(r.GetProperty("status").GetString() == "ok", $"{r.GetProperty("name").GetString()}: {r.GetProperty("reason")}"));
    }
}
