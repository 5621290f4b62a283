using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// A citation that opens the sentence ("Citing security sources, the Daily Monitor reported that …") reads like one
/// set aside after the outlet: those cited speak, the outlet carried it, and the statement starts after "that".
/// </summary>
public sealed class CitationFirstTests
{
    private static System.Text.Json.JsonElement Claim(string text) => Extractors.Json("Border news\n\n" + text).GetProperty("claims")[0];

    [Theory]
    [InlineData("Citing security sources, the Daily Monitor reported that the LRA had regrouped.")]
    [InlineData("The Daily Monitor, citing security sources, reported that the LRA had regrouped.")]
    public void TheCitedSpeakAndTheOutletCarries(string text)
    {
        var claim = Claim(text);

        Assert.Equal("the LRA had regrouped", claim.GetProperty("text").GetString());
        Assert.Equal("security sources (unnamed)", claim.GetProperty("speaker").GetString());
        Assert.Equal("Daily Monitor", claim.GetProperty("reported_by").GetString());
    }
}
