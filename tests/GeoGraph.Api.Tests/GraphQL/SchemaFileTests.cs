using GeoGraph.Api.GraphQL;
using GeoGraph.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GeoGraph.Api.Tests.GraphQL;

public sealed class SchemaFileTests(SeededServerFixture fixture) : IClassFixture<SeededServerFixture>
{
    [Fact]
    public async Task TheCommittedSdlEqualsTheRunningSchema()
    {
        var running = SchemaText.Print(fixture.Server.Services.GetRequiredService<GeoGraphSchema>());

        var committed = await File.ReadAllTextAsync(RepositoryFiles.PathOf("schema", "geograph.graphql"), TestContext.Current.CancellationToken);

        Assert.True(committed == running, "schema/geograph.graphql is out of date: run `dotnet run --project src/GeoGraph.Api -- schema > schema/geograph.graphql`.");
    }

    [Fact]
    public async Task TheRunningSchemaCarriesTheFoundationContract()
    {
        var data = await fixture.Client.DataAsync("""
            { __schema { queryType { fields { name } } mutationType { fields { name } } }
              entity: __type(name: "Entity") { kind possibleTypes { name } } }
            """);

        var queries = data.GetProperty("__schema").GetProperty("queryType").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "entity", "entities", "claims", "relations", "network", "articles", "stats" }, queries);
        Assert.Contains(data.GetProperty("__schema").GetProperty("mutationType").GetProperty("fields").EnumerateArray(), f => f.GetProperty("name").GetString() == "importArticle");
        var kinds = data.GetProperty("entity").GetProperty("possibleTypes").EnumerateArray().Select(t => t.GetProperty("name").GetString()).Order();
        Assert.Equal(["Country", "Group", "Official", "Organisation", "Province"], kinds);
    }
}
