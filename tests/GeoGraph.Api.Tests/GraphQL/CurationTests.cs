using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GeoGraph.Api.Tests.Support;

namespace GeoGraph.Api.Tests.GraphQL;

/// <summary>A curator's changes: merge, alias, retract; each audited, each needing the admin role.</summary>
public sealed class CurationTests
{
    private const string AdminKey = "curator-key-0123456789";
    private const string ImporterKey = "feeder-key-0123456789";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static Dictionary<string, string?> Keys() => new()
    {
        ["Auth:ApiKeys:0:Name"] = "curator",
        ["Auth:ApiKeys:0:Role"] = "admin",
        ["Auth:ApiKeys:0:Sha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(AdminKey))),
        ["Auth:ApiKeys:1:Name"] = "feeder",
        ["Auth:ApiKeys:1:Role"] = "importer",
        ["Auth:ApiKeys:1:Sha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ImporterKey))),
    };

    [Fact]
    public async Task RetractingAClaimHidesItAndLowersItsRelationsCount()
    {
        await using var server = await GeoGraphServer.StartAsync(seed: true, Keys());
        var before = await DataAsync(server, """
            { claims(filter: { text: "plotting reunite" }) { edges { node { id } } }
              relations(type: SEEKS_ALLIANCE_WITH, first: 1) { edges { node { claimCount } } } }
            """);
        var id = before.GetProperty("claims").GetProperty("edges")[0].GetProperty("node").GetProperty("id").GetString();

        var payload = await DataAsync(server, "mutation($id: ID!) { retractClaim(id: $id, reason: \"Misattributed\") { retracted relationsRecomputed auditId errors { code } } }", new { id });
        var after = await DataAsync(server, """
            { claims(filter: { text: "plotting reunite" }) { totalCount }
              relations(type: SEEKS_ALLIANCE_WITH, first: 1) { edges { node { claimCount } } }
              auditLog(action: RETRACT_CLAIM) { edges { node { actor target reason } } } }
            """);

        Assert.True(payload.GetProperty("retractClaim").GetProperty("retracted").GetBoolean());
        Assert.Equal(0, after.GetProperty("claims").GetProperty("totalCount").GetInt32());
        Assert.Equal(ClaimCount(before) - 1, ClaimCount(after));
        var audit = after.GetProperty("auditLog").GetProperty("edges")[0].GetProperty("node");
        Assert.Equal("curator", audit.GetProperty("actor").GetString());
        Assert.Equal(id, audit.GetProperty("target").GetString());
        Assert.Equal("Misattributed", audit.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task MergingMovesTheMergedEntitysNamesAndRelations()
    {
        await using var server = await GeoGraphServer.StartAsync(seed: true, Keys());

        var merged = await DataAsync(server, """
            mutation { mergeEntities(keep: "group:taliban", merge: "group:haqqani-network", reason: "Test merge") {
              kept { name aliases } summary { removed aliases selfRelationsDropped } errors { code } } }
            """);
        var after = await DataAsync(server, """{ entity(name: "Haqqani network") { id name } gone: node(id: "group:haqqani-network") { id } }""");

        var payload = merged.GetProperty("mergeEntities");
        Assert.Empty(payload.GetProperty("errors").EnumerateArray());
        Assert.Contains("Haqqani network", payload.GetProperty("kept").GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains("IN_CONTACT_WITH", payload.GetProperty("summary").GetProperty("selfRelationsDropped").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("group:taliban", after.GetProperty("entity").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("gone").ValueKind);
    }

    [Theory]
    [InlineData("group:nobody", "group:taliban", "NOT_FOUND")]
    [InlineData("group:taliban", "group:taliban", "SAME_ENTITY")]
    [InlineData("group:taliban", "org:nato", "KINDS_DIFFER")]
    public async Task AMergeThatCannotBeDoneSaysWhyAndChangesNothing(string keep, string merge, string code)
    {
        await using var server = await GeoGraphServer.StartAsync(seed: true, Keys());
        var before = await DataAsync(server, "{ stats { entities } }");

        var payload = await DataAsync(server, "mutation($k: ID!, $m: ID!) { mergeEntities(keep: $k, merge: $m) { kept { id } errors { code message } } }", new { k = keep, m = merge });

        Assert.Equal(code, payload.GetProperty("mergeEntities").GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(before.ToString(), (await DataAsync(server, "{ stats { entities } }")).ToString());
    }

    [Fact]
    public async Task AnAliasIsAddedOnceAndRefusedWhenItNamesAnotherEntity()
    {
        await using var server = await GeoGraphServer.StartAsync(seed: true, Keys());

        var first = await DataAsync(server, """mutation { addAlias(entity: "group:al-qaeda", alias: "The Base") { added errors { code } } }""");
        var again = await DataAsync(server, """mutation { addAlias(entity: "group:al-qaeda", alias: "the base") { added errors { code } } }""");
        var taken = await DataAsync(server, """mutation { addAlias(entity: "group:al-qaeda", alias: "Taliban") { added errors { code } } }""");
        var found = await DataAsync(server, """{ entity(name: "The Base") { id } }""");

        Assert.True(first.GetProperty("addAlias").GetProperty("added").GetBoolean());
        Assert.False(again.GetProperty("addAlias").GetProperty("added").GetBoolean());
        Assert.Equal("ALIAS_TAKEN", taken.GetProperty("addAlias").GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal("group:al-qaeda", found.GetProperty("entity").GetProperty("id").GetString());
    }

    [Fact]
    public async Task AnImporterMayImportButNotCurate()
    {
        await using var server = await GeoGraphServer.StartAsync(seed: true, Keys());

        var body = await PostAsync(server, """mutation { addAlias(entity: "group:al-qaeda", alias: "The Base") { added } }""", ImporterKey);
        var audit = await PostAsync(server, "{ auditLog { totalCount } }", ImporterKey);

        Assert.Contains("FORBIDDEN", body, StringComparison.Ordinal);
        Assert.Contains("FORBIDDEN", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OppositeRelationsAboutTheSamePairAreAContradiction()
    {
        await using var server = await GeoGraphServer.StartAsync(seed: false);
        await server.Client.DataAsync("mutation($t: String!) { importArticle(input: { text: $t }) { created } }",
            new { t = "Afghan officials said the Taliban are in touch with al-Qaeda in Kunar province." });
        await server.Client.DataAsync("mutation($t: String!) { importArticle(input: { text: $t }) { created } }",
            new { t = "According to the United Nations, the Taliban cut ties with al-Qaeda last year." });

        var data = await server.Client.DataAsync("""
            { contradictions(entity: "Taliban") { totalCount edges { node { kind asserted { type } opposed { type } asserting { text } opposing { text } } } } }
            """);

        var pair = data.GetProperty("contradictions").GetProperty("edges")[0].GetProperty("node");
        Assert.Equal("OPPOSITE", pair.GetProperty("kind").GetString());
        var types = new[] { pair.GetProperty("asserted").GetProperty("type").GetString(), pair.GetProperty("opposed").GetProperty("type").GetString() };
        Assert.Equal(["CUT_TIES_WITH", "IN_CONTACT_WITH"], types.Order());
    }

    private static int ClaimCount(JsonElement data) =>
        data.GetProperty("relations").GetProperty("edges")[0].GetProperty("node").GetProperty("claimCount").GetInt32();

    private static async Task<JsonElement> DataAsync(GeoGraphServer server, string query, object? variables = null)
    {
        var body = JsonDocument.Parse(await PostAsync(server, query, AdminKey, variables)).RootElement;
        Assert.False(body.TryGetProperty("errors", out var errors), "Unexpected errors: " + errors);
        return body.GetProperty("data").Clone();
    }

    private static async Task<string> PostAsync(GeoGraphServer server, string query, string key, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Add("X-Api-Key", key);
        using var response = await server.Http.SendAsync(request, Token);
        return await response.Content.ReadAsStringAsync(Token);
    }
}
