using System.Text.Json;
using GeoGraph.Api.Tests.Support;

namespace GeoGraph.Api.Tests.GraphQL;

/// <summary>The questions an analyst asks after the first ones, against the seed article and the regression corpus.</summary>
public sealed class AnalystQueryTests(CorpusServerFixture fixture) : IClassFixture<CorpusServerFixture>
{
    private GraphQLClient Client => fixture.Client;

    [Fact]
    public async Task SearchRanksTheEntityNamedExactlyFirstAndHighlightsClaimText()
    {
        var data = await Client.DataAsync("""
            { search(text: "Taliban", first: 10) { totalCount edges { node { kind id score snippet highlights { start length } entity { name } claim { text } } } } }
            """);

        var hits = Nodes(data.GetProperty("search")).ToList();
        Assert.Equal("ENTITY", hits[0].GetProperty("kind").GetString());
        Assert.Equal("Taliban", hits[0].GetProperty("entity").GetProperty("name").GetString());
        var claim = hits.First(h => h.GetProperty("kind").GetString() == "CLAIM");
        var highlight = claim.GetProperty("highlights")[0];
        var snippet = claim.GetProperty("snippet").GetString()!;
        Assert.Equal("taliban", snippet.Substring(highlight.GetProperty("start").GetInt32(), highlight.GetProperty("length").GetInt32()).ToLowerInvariant());
    }

    [Fact]
    public async Task APathLinksTwoEntitiesThroughTheirCommonNeighbour()
    {
        var data = await Client.DataAsync("""
            { path(from: "Haqqani network", to: "al-Qaeda", maxHops: 3) { length nodes { name } steps { from { name } type to { name } } } }
            """);

        var path = data.GetProperty("path")[0];
        var names = path.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()).ToList();
        Assert.Equal("Haqqani network", names[0]);
        Assert.Equal("al-Qaeda", names[^1]);
        Assert.Equal(path.GetProperty("length").GetInt32(), path.GetProperty("steps").GetArrayLength());
    }

    [Fact]
    public async Task UnlinkedEntitiesHaveNoPath()
    {
        var data = await Client.DataAsync("""{ path(from: "Kunar", to: "Abu Sayyaf", maxHops: 1) { length } }""");

        Assert.Equal(0, data.GetProperty("path").GetArrayLength());
    }

    [Theory]
    [InlineData("""{ network(centre: "Nowhereland") { nodes { id } } }""")]
    [InlineData("""{ path(from: "al-Qaeda", to: "Nowhereland") { length } }""")]
    [InlineData("""{ timeline(entity: "Nowhereland") { mentions } }""")]
    [InlineData("""{ contradictions(entity: "Nowhereland") { totalCount } }""")]
    public async Task AnEntityArgumentThatNamesNothingIsAnErrorNotAnEmptyAnswer(string query)
    {
        Assert.Equal("ENTITY_NOT_FOUND", await Client.ErrorCodeAsync(query));
    }

    [Fact]
    public async Task AnEntityArgumentTakesAnIdAsWellAsAName()
    {
        var data = await Client.DataAsync("""{ byId: network(centre: "group:al-qaeda") { nodes { id } } byName: network(centre: "al-Qaeda") { nodes { id } } }""");

        Assert.NotEqual(0, data.GetProperty("byId").GetProperty("nodes").GetArrayLength());
        Assert.Equal(data.GetProperty("byName").GetProperty("nodes").GetArrayLength(), data.GetProperty("byId").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task ATimelineCountsClaimsPerPeriodAndRelationType()
    {
        var data = await Client.DataAsync("""{ timeline(entity: "al-Qaeda", bucket: MONTH) { start mentions relations { type claims } } }""");

        var buckets = data.GetProperty("timeline").EnumerateArray().ToList();
        Assert.NotEmpty(buckets);
        Assert.All(buckets, b => Assert.True(b.GetProperty("mentions").GetInt32() > 0));
        Assert.Contains(buckets.SelectMany(b => b.GetProperty("relations").EnumerateArray()), r => r.GetProperty("type").GetString() == "SEEKS_ALLIANCE_WITH");
        Assert.All(buckets, b => Assert.EndsWith("-01", b.GetProperty("start").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task ANetworkFollowsOnlyTheTypesAskedFor()
    {
        var data = await Client.DataAsync("""{ network(centre: "al-Qaeda", depth: 1, types: [PRESENT_IN]) { nodes { name kind } edges { type } } }""");

        var network = data.GetProperty("network");
        Assert.All(network.GetProperty("edges").EnumerateArray(), e => Assert.Equal("PRESENT_IN", e.GetProperty("type").GetString()));
        Assert.Contains(network.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("name").GetString() == "Kunar");
        Assert.DoesNotContain(network.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("name").GetString() == "Taliban");
    }

    [Fact]
    public async Task EntitiesCarryTheirClaimsOfficialsAndPlaces()
    {
        var data = await Client.DataAsync("""
            { nato: entity(name: "NATO") { ... on Organisation { officials { edges { node { name } } } claimsBy(first: 3) { totalCount } } }
              aq: entity(name: "al-Qaeda") { ... on Group { presentIn { name } claimsAbout(first: 1) { totalCount } relations(direction: OUTGOING, first: 50) { totalCount edges { node { type to { name } } } } } } }
            """);

        Assert.Contains(Nodes(data.GetProperty("nato").GetProperty("officials")), o => o.GetProperty("name").GetString() == "Jens Stoltenberg");
        Assert.True(data.GetProperty("nato").GetProperty("claimsBy").GetProperty("totalCount").GetInt32() >= 2);
        var places = data.GetProperty("aq").GetProperty("presentIn").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("Kunar", places);
        Assert.Contains("Kandahar", places);
        Assert.True(data.GetProperty("aq").GetProperty("claimsAbout").GetProperty("totalCount").GetInt32() >= 3);
        Assert.Contains(Nodes(data.GetProperty("aq").GetProperty("relations")), r => r.GetProperty("type").GetString() == "SEEKS_ALLIANCE_WITH");
    }

    [Fact]
    public async Task ARelationSaysWhichSpeakersBackIt()
    {
        var data = await Client.DataAsync("""
            { relations(type: SEEKS_ALLIANCE_WITH, entity: "al-Qaeda", first: 1) { edges { node { claimCount speakers { speaker { name } description claims } } } } }
            """);

        var relation = Nodes(data.GetProperty("relations")).Single();
        var speakers = relation.GetProperty("speakers").EnumerateArray().ToList();
        Assert.Contains(speakers, s => s.GetProperty("speaker").ValueKind == JsonValueKind.Object && s.GetProperty("speaker").GetProperty("name").GetString() == "NATO");
        Assert.Equal(relation.GetProperty("claimCount").GetInt32(), speakers.Sum(s => s.GetProperty("claims").GetInt32()));
    }

    [Fact]
    public async Task NodeRefetchesAnEntityAClaimAndAnArticleByIdAlone()
    {
        var ids = await Client.DataAsync("{ claims(first: 1) { edges { node { id article { id } speaker { id } } } } }");
        var claim = Nodes(ids.GetProperty("claims")).Single();

        var data = await Client.DataAsync("""
            query($c: ID!, $a: ID!, $e: ID!) { c: node(id: $c) { __typename id } a: node(id: $a) { __typename id } e: node(id: $e) { __typename id } none: node(id: "nothing") { id } }
            """, new { c = claim.GetProperty("id").GetString(), a = claim.GetProperty("article").GetProperty("id").GetString(), e = claim.GetProperty("speaker").GetProperty("id").GetString() });

        Assert.Equal("Claim", data.GetProperty("c").GetProperty("__typename").GetString());
        Assert.Equal("Article", data.GetProperty("a").GetProperty("__typename").GetString());
        Assert.Equal(claim.GetProperty("speaker").GetProperty("id").GetString(), data.GetProperty("e").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("none").ValueKind);
    }

    [Fact]
    public async Task EntitiesAreFilteredByCountryAndSortedByClaimCount()
    {
        var data = await Client.DataAsync("""
            { provinces: entities(where: { kind: PROVINCE, country: "Afghanistan" }, first: 100) { edges { node { ... on Province { country { name } } } } }
              busiest: entities(sort: CLAIM_COUNT, first: 3) { edges { node { name mentions(first: 1) { totalCount } } } } }
            """);

        Assert.All(Nodes(data.GetProperty("provinces")), p => Assert.Equal("Afghanistan", p.GetProperty("country").GetProperty("name").GetString()));
        var counts = Nodes(data.GetProperty("busiest")).Select(n => n.GetProperty("mentions").GetProperty("totalCount").GetInt32()).ToList();
        Assert.Equal(counts.OrderByDescending(c => c), counts);
    }

    [Fact]
    public async Task ClaimsAreFilteredByOutletFormAndTimeAndSortedOldestFirst()
    {
        var data = await Client.DataAsync("""
            { all: claims(first: 100, sort: OLDEST) { totalCount edges { node { reportedAt } } }
              quotes: claims(filter: { form: DIRECT_QUOTE }, first: 1) { totalCount }
              none: claims(filter: { until: "1990-01-01T00:00:00Z" }) { totalCount } }
            """);

        var dates = Nodes(data.GetProperty("all")).Select(n => n.GetProperty("reportedAt").GetDateTimeOffset()).ToList();
        Assert.Equal(dates.Order(), dates);
        Assert.InRange(data.GetProperty("quotes").GetProperty("totalCount").GetInt32(), 1, data.GetProperty("all").GetProperty("totalCount").GetInt32() - 1);
        Assert.Equal(0, data.GetProperty("none").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task ArticlesAreFilteredByOutlet()
    {
        var data = await Client.DataAsync("""{ all: articles { totalCount } none: articles(where: { outlet: "No Such Outlet" }) { totalCount } }""");

        // The corpus's first article is the seed article itself, so it adds nothing new.
        var corpus = Directory.GetFiles(RepositoryFiles.PathOf("tests", "corpus", "articles"), "*.txt").Length;
        Assert.Equal(corpus, data.GetProperty("all").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, data.GetProperty("none").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task AnOverviewStartsOnTheBestConnectedEntitiesWithinItsBound()
    {
        var data = await Client.DataAsync("""
            { all: overview(maxNodes: 1000) { nodes { id } edges { from { id } to { id } claimCount } truncated }
              groups: overview(kinds: [GROUP], maxNodes: 6) { nodes { kind } edges { claimCount } truncated } }
            """);

        var all = data.GetProperty("all");
        var ids = all.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToHashSet();
        Assert.All(all.GetProperty("edges").EnumerateArray(), e =>
        {
            Assert.Contains(e.GetProperty("from").GetProperty("id").GetString(), ids);
            Assert.Contains(e.GetProperty("to").GetProperty("id").GetString(), ids);
        });
        var groups = data.GetProperty("groups");
        Assert.InRange(groups.GetProperty("nodes").GetArrayLength(), 2, 6);
        Assert.All(groups.GetProperty("nodes").EnumerateArray(), n => Assert.Equal("GROUP", n.GetProperty("kind").GetString()));
        Assert.True(groups.GetProperty("truncated").GetBoolean());
    }

    [Fact]
    public async Task AnOverallTimelineCountsEveryClaim()
    {
        var data = await Client.DataAsync("{ timeline(bucket: MONTH) { mentions } claims { totalCount } }");

        Assert.Equal(data.GetProperty("claims").GetProperty("totalCount").GetInt32(), data.GetProperty("timeline").EnumerateArray().Sum(b => b.GetProperty("mentions").GetInt32()));
    }

    [Fact]
    public async Task AFullPathQueryFitsTheCostLimit()
    {
        var data = await Client.DataAsync("""
            { path(from: "Haqqani network", to: "Kunar") { nodes { id name kind } steps { type claimCount hedgedCount from { name } to { name } } } }
            """);

        Assert.True(data.GetProperty("path").GetArrayLength() > 0);
    }

    [Fact]
    public async Task TheViewerSaysWhatTheCallerMayDo()
    {
        var data = await Client.DataAsync("{ viewer { name role canImport canCurate } }");

        Assert.Equal("anonymous", data.GetProperty("viewer").GetProperty("name").GetString());
        Assert.Equal("importer", data.GetProperty("viewer").GetProperty("role").GetString());
        Assert.False(data.GetProperty("viewer").GetProperty("canCurate").GetBoolean());
    }

    private static IEnumerable<JsonElement> Nodes(JsonElement connection) =>
        connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node"));
}
