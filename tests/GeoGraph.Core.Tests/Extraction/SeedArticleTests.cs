using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

public sealed class SeedArticleTests
{
    // The floor reached on the seed; the test fails if a change drops below it.
    private const double Floor = 1.0;

    [Fact]
    public async Task SeedArticleScoresAtTheFloorOnEveryHeadlineFigure()
    {
        var text = await File.ReadAllTextAsync(RepositoryPaths.Data("nato-al-qaeda-taliban.txt"), TestContext.Current.CancellationToken);
        var graph = Extractors.Extract(text);

        var scores = await Scorer.ScoreAsync(RepositoryPaths.Data("nato-al-qaeda-taliban.gold.json"), graph, TestContext.Current.CancellationToken);

        Assert.True(scores.EntityF1 >= Floor, scores.ToString());
        Assert.True(scores.ClaimF1 >= Floor, scores.ToString());
        Assert.True(scores.SpeakerAccuracy >= Floor, scores.ToString());
        Assert.True(scores.RelationF1 >= Floor, scores.ToString());
    }

    [Fact]
    public async Task SeedPaywallNeverBecomesBodyClaimOrEntity()
    {
        var text = await File.ReadAllTextAsync(RepositoryPaths.Data("nato-al-qaeda-taliban.txt"), TestContext.Current.CancellationToken);

        var graph = Extractors.Extract(text);

        Assert.DoesNotContain("Subscribe", graph.Article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(graph.Entities, e => e.Name.Contains("Business Standard", StringComparison.Ordinal));
        Assert.All(graph.Claims, c => Assert.DoesNotContain("free_limit", c.Text, StringComparison.Ordinal));
    }
}
