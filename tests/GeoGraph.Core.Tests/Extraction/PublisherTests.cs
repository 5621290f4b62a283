using GeoGraph.Core.Extraction;
using GeoGraph.Core.Model;
using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>The outlet that publishes an article is where it appears, not an actor it reports on.</summary>
public sealed class PublisherTests
{
    [Theory]
    [InlineData("KYIV, Ukraine (AP) \u2014 The Ukrainian army said it shot down 12 drones, a spokesman told The Associated Press.")]
    [InlineData("NAIROBI, March 3 (Reuters) - Kenya's interior ministry said police arrested four suspects, Reuters reported.")]
    public void TheWireCreditedInTheDatelineIsNoEntity(string text)
    {
        var graph = Extractors.Extract(text);

        Assert.DoesNotContain(graph.Entities, e => e.Name is "Associated Press" or "Reuters");
        Assert.All(graph.Claims, c => Assert.Null(c.ReportedBy));
    }

    [Fact]
    public void AnOutletNamedOutsideADatelineStaysAnEntity()
    {
        var graph = Extractors.Extract("The Ukrainian army said it shot down 12 drones, a spokesman told Reuters.");

        Assert.Contains(graph.Entities, e => e.Name == "Reuters" && e.Kind == EntityKind.Organisation);
    }

    [Fact]
    public void TheOutletGivenWithTheArticleIsNoEntity()
    {
        var graph = Extractors.RuleBased.Extract(
            new ArticleInput("The Ukrainian army said it shot down 12 drones, a spokesman told Reuters.", Outlet: "Reuters"), Extractors.ImportedAt);

        Assert.DoesNotContain(graph.Entities, e => e.Name == "Reuters");
    }
}
