using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// An unnamed speaker described by where it serves keeps that place in its description ("officials in Turkana
/// county", "an official at the Kisumu governor's office"); a body named after the description still speaks.
/// </summary>
public sealed class PlacedSpeakerTests
{
    private static string? Speaker(string text) => Extractors.Json(text).GetProperty("claims")[0].GetProperty("speaker").GetString();

    [Theory]
    [InlineData("An official at the Kisumu governor's office said the attackers were helped by LRA fighters.", "official at the Kisumu governor's office (unnamed)")]
    [InlineData("Officials in Turkana county said the LRA had attacked the town.", "Officials in Turkana county (unnamed)")]
    [InlineData("A local official in Lodwar said the ADF attacked the market.", "local official in Lodwar (unnamed)")]
    [InlineData("A senior official in Kenya's military intelligence said the LRA had moved north.", "senior official in Kenya's military intelligence (unnamed)")]
    [InlineData("The deputy governor of Turkana county said 3,000 residents fled.", "deputy governor of Turkana county (unnamed)")]
    public void ThePlaceStaysInTheDescription(string text, string speaker)
    {
        Assert.Equal(speaker, Speaker(text));
    }

    [Theory]
    [InlineData("The Kenyan authorities said 3,000 residents fled.", "Kenya")]
    [InlineData("An official at the Kenyan Defence Ministry said the LRA had moved north.", "Kenyan Defence Ministry")]
    public void ANamedBodyStillSpeaks(string text, string speaker)
    {
        Assert.Equal(speaker, Speaker(text));
    }
}
