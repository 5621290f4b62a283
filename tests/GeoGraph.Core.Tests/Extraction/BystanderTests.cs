using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// One person quoted for what they saw ("a resident", "one witness", "a herder") speaks as that description, for no body; one no
/// list knows speaks by the name after the verb ('"…," said Grace Akello'); and the outlet someone "told" carried the
/// statement without ever being its speaker.
/// </summary>
public sealed class BystanderTests
{
    [Theory]
    [InlineData("\"The town is empty,\" a witness told Reuters.", "witness (unnamed)", "Reuters")]
    [InlineData("\"The town is empty,\" one resident told the Daily Monitor.", "resident (unnamed)", "Daily Monitor")]
    [InlineData("A local trader told AFP that the LRA had burned the market.", "local trader (unnamed)", "Agence France-Presse")]
    public void ABystanderSpeaksAndTheOutletCarries(string text, string speaker, string outlet)
    {
        var json = Extractors.Json(text);

        var claim = Assert.Single(json.GetProperty("claims").EnumerateArray());
        Assert.Equal(speaker, claim.GetProperty("speaker").GetString());
        Assert.Equal(outlet, claim.GetProperty("reported_by").GetString());
    }

    [Theory]
    [InlineData("\"We have lost everything,\" said Grace Akello.")]
    [InlineData("\"We have lost everything,\" said Grace Akello, a mother of four in Gulu.")]
    [InlineData("The Ugandan army said it had won. \"We have lost everything,\" said Grace Akello, a mother of four in Gulu.")]
    public void APersonNoListKnowsSpeaksByTheNameAfterTheVerb(string text)
    {
        var json = Extractors.Json(text);

        var claim = json.GetProperty("claims").EnumerateArray().Last();
        Assert.Equal("We have lost everything", claim.GetProperty("text").GetString());
        Assert.Equal("Grace Akello", claim.GetProperty("speaker").GetString());
    }

    [Theory]
    [InlineData("\"They came at night and took our cattle,\" said a herder in Lokichoggio.", "a herder")]
    [InlineData("\"They came at night and took our cattle,\" a herder said.", "a herder")]
    [InlineData("\"They came at night and took our cattle,\" said one herder, who asked not to be named.", "one herder")]
    [InlineData("Kenyan police said gunmen had crossed the border. A woman said the gunmen had burned her house.", "A woman")]
    public void AnyOnePersonDescribedSpeaksAsTheDescription(string text, string speaker)
    {
        Assert.Equal(speaker, ClaimTexts.All(text)[^1].Speaker);
    }

    [Fact]
    public void TheGroupAfterARightsBodyIsThatBody()
    {
        var claims = ClaimTexts.All(
            "Kenyan police said the LRA had crossed the border. Human Rights Watch called on both governments to protect civilians. "
            + "The group said the LRA had abducted children in previous raids.");

        Assert.Equal("Human Rights Watch", claims[^1].Speaker);
    }

    [Fact]
    public void TheGroupAfterAnArmedGroupIsThatGroup()
    {
        var claims = ClaimTexts.All("Human Rights Watch said the LRA had crossed the border. The LRA attacked a village on Monday. The group said it had killed ten soldiers.");

        Assert.Equal("Lord's Resistance Army", claims[^1].Speaker);
    }

    [Fact]
    public void APluralDescriptionIsNoBystander()
    {
        var (speaker, _) = ClaimTexts.Only("Residents told Reuters that the LRA had burned the market.");

        Assert.Equal("Residents", speaker);
    }
}
