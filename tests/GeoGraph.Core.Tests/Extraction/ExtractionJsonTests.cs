using System.Text.Json;
using GeoGraph.Core.Extraction;
using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

public sealed class ExtractionJsonTests
{
    private static JsonElement Json(string text)
    {
        using var doc = JsonDocument.Parse(ExtractionJson.ToJson(Extractors.Extract(text)));
        return doc.RootElement.Clone();
    }

    [Fact]
    public void WritesTheAnnotationLayout()
    {
        var root = Json("Taliban spokesman Bilal Karimi said that the group controls Kunar province in Afghanistan.");

        foreach (var key in new[] { "organisations", "groups", "countries", "provinces", "officials", "claims" })
            Assert.Equal(JsonValueKind.Array, root.GetProperty(key).ValueKind);
        var claim = root.GetProperty("claims")[0];
        foreach (var key in new[] { "text", "speaker", "reported_by", "form", "hedged", "negated", "about", "places", "relations" })
            Assert.True(claim.TryGetProperty(key, out _), key);
    }

    [Fact]
    public void NamesEntitiesByCanonicalNameAndFormsByTheAnnotationWords()
    {
        var root = Json("\"We hold the valley,\" Taliban spokesman Bilal Karimi said of Kunar province in Afghanistan.");

        var claim = root.GetProperty("claims")[0];
        Assert.Equal("direct quote", claim.GetProperty("form").GetString());
        Assert.Equal("Bilal Karimi", claim.GetProperty("speaker").GetString());
        Assert.Contains(root.GetProperty("groups").EnumerateArray(), g => g.GetProperty("name").GetString() == "Taliban");
        Assert.Contains(root.GetProperty("provinces").EnumerateArray(), p => p.GetProperty("country").GetString() == "Afghanistan");
    }

    [Theory]
    [InlineData("A security source said the convoy was hit near the bridge in Kenya.", "security source (unnamed)")]
    [InlineData("Officials said the convoy was hit near the bridge in Kenya.", "Officials (unnamed)")]
    [InlineData("The convoy was hit near the bridge in Kenya, one of the soldiers said.", "one of the soldiers (unnamed)")]
    public void AnUnnamedSpeakerIsWrittenInTheAnnotationForm(string text, string speaker)
    {
        var claim = Json(text).GetProperty("claims")[0];

        Assert.Equal(speaker, claim.GetProperty("speaker").GetString());
    }

    [Fact]
    public void RelationsUseTheVocabularyNames()
    {
        var root = Json("The UN said that al-Shabaab attacked ATMIS in Somalia.");

        var relation = root.GetProperty("claims")[0].GetProperty("relations")[0];
        Assert.Equal("ATTACKS", relation.GetProperty("type").GetString());
        Assert.Equal("al-Shabaab", relation.GetProperty("from").GetString());
    }

    [Fact]
    public void DenialsAreWrittenApartFromRelations()
    {
        var root = Json("The UN said that al-Shabaab did not attack ATMIS in Somalia.");

        var claim = root.GetProperty("claims")[0];
        Assert.Equal(0, claim.GetProperty("relations").GetArrayLength());
        var denied = claim.GetProperty("denied")[0];
        Assert.Equal("ATTACKS", denied.GetProperty("type").GetString());
        Assert.Equal("al-Shabaab", denied.GetProperty("from").GetString());
        Assert.Equal("ATMIS", denied.GetProperty("to").GetString());
    }
}
