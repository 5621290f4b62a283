using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// A named person right before a closing attribution is the statement's object when a verb precedes them in the clause
/// ("Ruto met Museveni, his office said"), and a headline without a full stop does not make the opening name of the
/// next sentence an object.
/// </summary>
public sealed class PersonObjectAttributionTests
{
    [Theory]
    [InlineData("Kenya talked with Yoweri Museveni, the presidency said.", "Kenya talked with Yoweri Museveni")]
    [InlineData("William Ruto met Yoweri Museveni, the presidency said.", "William Ruto met Yoweri Museveni")]
    [InlineData("Kenyan troops wounded Joseph Kony, the army said.", "Kenyan troops wounded Joseph Kony")]
    public void APersonAfterTheVerbIsTheObject(string text, string statement)
    {
        var claim = Assert.Single(Extractors.Extract(text).Claims);

        Assert.Equal(statement, claim.Text);
    }

    [Fact]
    public void APersonInAppositionStillSpeaks()
    {
        var graph = Extractors.Extract("The army's spokesman, John Okello, said the LRA had attacked Gulu.");

        var claim = Assert.Single(graph.Claims);
        Assert.Equal("John Okello", Extractors.NameOf(graph, claim.Speaker));
    }

    [Fact]
    public void TheOpeningNameAfterAHeadlineSpeaksThroughHisOffice()
    {
        var graph = Extractors.Extract("Talks in Nairobi\n\nWilliam Ruto met Yoweri Museveni on Monday, his office said.");

        var claim = Assert.Single(graph.Claims);
        Assert.Equal("William Ruto", Extractors.NameOf(graph, claim.Speaker));
    }
}
