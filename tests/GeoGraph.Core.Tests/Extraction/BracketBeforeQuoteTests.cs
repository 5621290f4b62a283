using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// A quoted fragment right after a name's bracketed acronym goes on with the reported clause before it ('had broken with
/// the Acholi Liberation Movement (ALM) "because …"'): one statement, not the quote alone.
/// </summary>
public sealed class BracketBeforeQuoteTests
{
    [Fact]
    public void TheReportedClauseKeepsTheQuoteThatEndsIt()
    {
        var claim = Assert.Single(Extractors.Extract(
            "Peter Okello, a commander in Gulu, said his unit had broken with the Acholi Liberation Movement (ALM) \"because it negotiates with Kampala behind our backs\".").Claims);

        Assert.StartsWith("his unit had broken with the Acholi Liberation Movement (ALM)", claim.Text, StringComparison.Ordinal);
        Assert.EndsWith("behind our backs", claim.Text, StringComparison.Ordinal);
    }
}
