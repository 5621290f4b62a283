using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// "…, which it said had left 87 people dead": a pronoun inside a relative clause speaks for the sentence's subject, and
/// what the clause hangs on belongs to the statement; a body named in apposition with its acronym in brackets speaks
/// ("the military's media wing, the Kenya Defence Forces (KDF), said").
/// </summary>
public sealed class RelativeAttributionTests
{
    [Fact]
    public void ThePronounOfARelativeClauseIsTheSentencesSubject()
    {
        var graph = Extractors.Extract(
            "The Centre for Peace Studies (CPS), a Nairobi think tank, counted 97 militant attacks across the country in February, which it said had left 87 people dead.");

        var claim = Assert.Single(graph.Claims);
        Assert.Equal("Centre for Peace Studies", Extractors.NameOf(graph, claim.Speaker));
        Assert.Equal("97 militant attacks across the country in February, which it said had left 87 people dead", claim.Text);
    }

    [Fact]
    public void AnApposedBodyWithItsAcronymSpeaks()
    {
        var graph = Extractors.Extract(
            "In a statement, the military's media wing, the Kenya Defence Forces (KDF), said a group of six militants tried to force their way into the post.");

        var claim = Assert.Single(graph.Claims);
        Assert.Equal("Kenya Defence Forces", Extractors.NameOf(graph, claim.Speaker));
        Assert.StartsWith("a group of six militants tried", claim.Text, StringComparison.Ordinal);
    }
}
