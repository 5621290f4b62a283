using GeoGraph.Core.Model;
using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// A threat that names whom it threatens is a statement ("threatened Kenya with reprisals", "warned Uganda against
/// sending troops"), and a side saying it will crush, target or wipe out another threatens it.
/// </summary>
public sealed class ThreatStatementTests
{
    [Theory]
    [InlineData("The LRA threatened Kenya with reprisals.", "Kenya")]
    [InlineData("The LRA warned Uganda against sending troops to Kitgum.", "Uganda")]
    [InlineData("The LRA warned Uganda of a bloody response.", "Uganda")]
    public void AThreatNamingWhomItThreatensIsAStatement(string text, string threatened)
    {
        var graph = Extractors.Extract(text);

        var claim = Assert.Single(graph.Claims);
        Assert.Equal("Lord's Resistance Army", Extractors.NameOf(graph, claim.Speaker));
        var threat = Assert.Single(claim.Relations);
        Assert.Equal(RelationType.Threatens, threat.Type);
        Assert.Equal(threatened, Extractors.NameOf(graph, threat.To));
    }

    [Fact]
    public void AWarningWithoutWhomItWarnsIsNoThreatStatement() =>
        Assert.Empty(Extractors.Extract("The Ugandan army warned of heavy rain in Kitgum.").Claims.SelectMany(c => c.Relations));

    [Theory]
    [InlineData("The LRA said it would target Kenyan convoys in Turkana.", "Lord's Resistance Army", "Kenya")]
    [InlineData("\"We will crush the Lord's Resistance Army,\" the Ugandan army said.", "Uganda People's Defence Force", "Lord's Resistance Army")]
    public void ASideThatWillCrushOrTargetAnotherThreatensIt(string text, string from, string to)
    {
        var graph = Extractors.Extract(text);

        var threat = Assert.Single(Assert.Single(graph.Claims).Relations);
        Assert.Equal((from, RelationType.Threatens, to), (Extractors.NameOf(graph, threat.From), threat.Type, Extractors.NameOf(graph, threat.To)));
    }
}
