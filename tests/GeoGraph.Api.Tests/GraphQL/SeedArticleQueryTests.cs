using System.Text.Json;
using GeoGraph.Api.Tests.Support;

namespace GeoGraph.Api.Tests.GraphQL;

/// <summary>An analyst's first queries against the seeded store: the seed article's officials, provinces, claims and relations.</summary>
public sealed class SeedArticleQueryTests(SeededServerFixture fixture) : IClassFixture<SeededServerFixture>
{
    private GraphQLClient Client => fixture.Client;

    [Fact]
    public async Task OfficialsComeWithTheirTitlesAndOrganisations()
    {
        var data = await Client.DataAsync("""
            { entities(kind: OFFICIAL, first: 100) { edges { node { name ... on Official { title role organisation { name } } } } } }
            """);

        var officials = Nodes(data.GetProperty("entities")).ToDictionary(n => n.GetProperty("name").GetString()!);
        Assert.Contains("Charles Cleveland", officials.Keys);
        Assert.Contains("Jens Stoltenberg", officials.Keys);
        Assert.Contains("Sediq Sediqqi", officials.Keys);
        Assert.Equal("Brigadier General", officials["Charles Cleveland"].GetProperty("title").GetString());
        Assert.Equal("NATO", officials["Jens Stoltenberg"].GetProperty("organisation").GetProperty("name").GetString());
        Assert.Contains("spokesman", officials["Sediq Sediqqi"].GetProperty("role").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ProvincesComeWithTheirCountry()
    {
        var data = await Client.DataAsync("""
            { entities(kind: PROVINCE, first: 100) { totalCount edges { node { name ... on Province { isoCode country { name isoCode } } } } } }
            """);

        var provinces = Nodes(data.GetProperty("entities")).ToList();
        var names = provinces.Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Superset(new HashSet<string?> { "Kunar", "Paktika", "Kandahar" }, names.ToHashSet());
        Assert.Contains(names, n => n is "Paktia" or "Paktiya");
        Assert.All(provinces, p => Assert.Equal("AF", p.GetProperty("country").GetProperty("isoCode").GetString()));
        Assert.All(provinces, p => Assert.StartsWith("AF-", p.GetProperty("isoCode").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task ClaimsByNatoAnswerFromTheSeededArticle()
    {
        var data = await Client.DataAsync("""
            { claims(filter: { speaker: "NATO" }) { totalCount edges { node { text form hedged speaker { name } article { body } } } } }
            """);

        var claims = data.GetProperty("claims");
        Assert.True(claims.GetProperty("totalCount").GetInt32() >= 2);
        var nodes = Nodes(claims).ToList();
        Assert.Contains(nodes, n => n.GetProperty("text").GetString()!.Contains("plotting to reunite with the Taliban", StringComparison.Ordinal));
        Assert.Contains(nodes, n => n.GetProperty("form").GetString() == "ACCORDING_TO");
        Assert.All(nodes, n => Assert.Contains(n.GetProperty("text").GetString()!, n.GetProperty("article").GetProperty("body").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheAlQaedaTalibanRelationCarriesItsEvidence()
    {
        var data = await Client.DataAsync("""
            { relations(type: SEEKS_ALLIANCE_WITH, entity: "al-Qaeda", first: 5) {
                edges { node { from { name } to { name } claimCount claims(first: 20) { totalCount edges { node { text speaker { name } } } } } } } }
            """);

        var relation = Assert.Single(Nodes(data.GetProperty("relations")));
        Assert.Equal("al-Qaeda", relation.GetProperty("from").GetProperty("name").GetString());
        Assert.Equal("Taliban", relation.GetProperty("to").GetProperty("name").GetString());
        var evidence = relation.GetProperty("claims");
        Assert.Equal(relation.GetProperty("claimCount").GetInt32(), evidence.GetProperty("totalCount").GetInt32());
        Assert.Contains(Nodes(evidence), c => c.GetProperty("speaker").GetProperty("name").GetString() == "NATO");
    }

    [Theory]
    [InlineData("NATO")]
    [InlineData("north atlantic treaty organization")]
    [InlineData("the Taliban")]
    [InlineData("Al Qaeda")]
    public async Task AnEntityIsFoundByAnyAliasIgnoringCase(string name)
    {
        var data = await Client.DataAsync("query($name: String) { entity(name: $name) { id name kind } }", new { name });

        Assert.Equal(JsonValueKind.Object, data.GetProperty("entity").ValueKind);
    }

    [Fact]
    public async Task TheNetworkOfAlQaedaReachesTheTaliban()
    {
        var data = await Client.DataAsync("""{ network(centre: "al-Qaeda", depth: 1) { nodes { name kind } edges { from { name } type to { name } } truncated } }""");

        var network = data.GetProperty("network");
        Assert.Contains(network.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("name").GetString() == "Taliban");
        Assert.Contains(network.GetProperty("edges").EnumerateArray(), e => e.GetProperty("type").GetString() == "PRESENT_IN");
    }

    [Fact]
    public async Task BoilerplateNeverBecomesAClaimOrAnEntity()
    {
        var data = await Client.DataAsync("""
            { subscribe: claims(filter: { text: "subscribe" }) { totalCount }
              limit: claims(filter: { text: "free articles" }) { totalCount }
              standard: entities(search: "Business Standard") { totalCount }
              times: entities(search: "New York Times") { totalCount }
              articles { edges { node { body } } } }
            """);

        Assert.Equal(0, data.GetProperty("subscribe").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, data.GetProperty("limit").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, data.GetProperty("standard").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, data.GetProperty("times").GetProperty("totalCount").GetInt32());
        var body = Nodes(data.GetProperty("articles")).Single().GetProperty("body").GetString()!;
        Assert.DoesNotContain("Subscribe", body, StringComparison.Ordinal);
        Assert.DoesNotContain("{{free_limit}}", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatsCountWhatTheSeedArticleHolds()
    {
        var stats = await Client.StatsAsync();

        Assert.Equal(1, (int)stats["articles"]!);
        Assert.True((int)stats["claims"]! >= 6);
        Assert.True((int)stats["relations"]! >= 5);
    }

    private static IEnumerable<JsonElement> Nodes(JsonElement connection) =>
        connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node"));
}
