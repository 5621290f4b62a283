using GeoGraph.Core.Model;
using GeoGraph.Storage.Contract.Support;
using GeoGraph.Storage.Neo4j.Parameters;

namespace GeoGraph.Storage.Neo4j.Tests.Parameters;

public sealed class ImportBatchTests
{
    private static IReadOnlyDictionary<string, object?> Map(object? value) => Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(value);

    [Fact]
    public void AnEntityGetsOneNamePerKeyWithTheFirstSpellingAndItsFoldedWords()
    {
        var batch = ImportBatch.Of(SampleArticles.First());

        var coalition = batch.Entities().Select(Map).Single(e => (string?)e["id"] == "org:coalition");
        var names = ((IEnumerable<object?>)coalition["names"]!).Select(Map).Select(n => ((string?)n["key"], (string?)n["name"], (string?)n["words"]));

        Assert.Equal([("coalition", "Coalition", "coalition"), ("coalition-forces", "Coalition Forces", "coalition forces")], names);
    }

    [Fact]
    public void ADiacriticNameIsSearchableByItsFoldedWords()
    {
        var batch = ImportBatch.Of(SampleArticles.First());

        var front = batch.Entities().Select(Map).Single(e => (string?)e["id"] == "group:northern-front");

        Assert.Contains(((IEnumerable<object?>)front["names"]!).Select(Map), n => (string?)n["name"] == "Nördern Front" && (string?)n["words"] == "nordern front");
    }

    [Fact]
    public void ANegatedClaimAssertsNothingButKeepsItsDenials()
    {
        var batch = ImportBatch.Of(SampleArticles.First());
        var denial = SampleArticles.ClaimContaining("denied any contact").Id.Value;

        var rows = batch.Assertions().Select(Map).Where(a => (string?)a["claim"] == denial).ToList();

        Assert.Equal([true], rows.Select(a => (bool?)a["denied"]));
    }

    [Fact]
    public void RolesKeepTheFirstPositionOfEachEntityAndMentionsNameEachEntityOnce()
    {
        var body = "Alpha and Beta and Alpha again.";
        var graph = new GraphBuilder(body, SampleArticles.FirstDate).Group("Alpha").Group("Beta")
            .Claim("Alpha and Beta and Alpha", speaker: "Alpha", about: ["Alpha", "Beta", "Alpha"], relations: [("Alpha", RelationType.Attacks, "Beta")])
            .Build();

        var links = ImportBatch.Of(graph).Links().Select(Map).ToList();

        Assert.Equal([("group:alpha", 0), ("group:beta", 1)], links.Where(l => (string?)l["role"] == "ABOUT").Select(l => ((string)l["entity"]!, (int)l["position"]!)));
        Assert.Equal(["group:alpha", "group:beta"], links.Where(l => (string?)l["role"] == "MENTIONS").Select(l => (string?)l["entity"]));
    }

    [Fact]
    public void EveryReferencedEntityIsCheckedAffiliationsIncluded()
    {
        var ids = ImportBatch.Of(SampleArticles.First()).ReferencedIds();

        Assert.Contains("org:coalition", ids);
        Assert.Contains("country:testland", ids);
        Assert.Contains("province:upper-province", ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void TheRelationsToAggregateAreTheDistinctKeysOfAffirmativeClaims()
    {
        var batch = ImportBatch.Of(SampleArticles.First());

        Assert.Equal(3, batch.Relations.Count);
        Assert.DoesNotContain(batch.Relations, k => k.Type == RelationType.InContactWith);
    }

    [Fact]
    public void ArticleTimesAreSentInUtc()
    {
        var graph = SampleArticles.First();
        var local = graph with { Article = graph.Article with { PublishedAt = new DateTimeOffset(2025, 3, 1, 2, 0, 0, TimeSpan.FromHours(2)) } };

        var article = ImportBatch.Of(local).Article();

        Assert.Equal(TimeSpan.Zero, ((DateTimeOffset)article["publishedAt"]!).Offset);
        Assert.Equal("test wire", article["outletKey"]);
    }

    [Fact]
    public void AClaimRelatingAnEntityToItselfIsRefusedBeforeAnythingIsSent()
    {
        var graph = new GraphBuilder("Alpha attacked Alpha.", SampleArticles.FirstDate).Group("Alpha")
            .Claim("Alpha attacked Alpha", relations: [("Alpha", RelationType.Attacks, "Alpha")])
            .Build();

        Assert.Throws<ArgumentException>(() => ImportBatch.Of(graph));
    }
}
