using GeoGraph.Core.Model;
using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// A statement closed by its attribution ("…, a spokesman said", "…, the UN said") keeps the words before the
/// attribution whole: a name that ends the statement is its object, not a person the attribution describes, and an
/// object's apposition or the subject's own apposition belong to the statement.
/// </summary>
public sealed class ClosingAttributionTests
{
    [Theory]
    [InlineData("The LRA attacked Gulu, a spokesman said.", "a spokesman")]
    [InlineData("The LRA attacked Gulu, a police spokesman said.", "a police spokesman")]
    [InlineData("Troops killed Joseph Kony, an army spokesman said.", "an army spokesman")]
    public void ADescriptionBeforeItsVerbOfSayingIsTheSpeakerNotAnApposition(string text, string description)
    {
        var graph = Extractors.Extract(text);

        var claim = Assert.Single(graph.Claims);
        Assert.Equal(text[..text.IndexOf(',')], claim.Text);
        Assert.Equal(description, claim.SpeakerDescription);
        Assert.DoesNotContain(graph.Entities, e => e is Official);
    }

    [Fact]
    public void AnOfficialDescribedBeforeHisOwnVerbOfSayingIsStillAnOfficial()
    {
        var graph = Extractors.Extract("Troops killed Joseph Kony, the LRA leader who told reporters he would fight on.");

        Assert.Contains(graph.Entities, e => e is Official { Name: "Joseph Kony" });
    }

    [Theory]
    [InlineData("Police arrested Okello, a rebel commander, the UN said.", "Police arrested Okello, a rebel commander")]
    [InlineData("Police arrested Okello, a rebel commander, on Monday, the UN said.", "Police arrested Okello, a rebel commander, on Monday")]
    [InlineData("Police arrested John Okello, a rebel commander, in Gulu, the UN said.", "Police arrested John Okello, a rebel commander, in Gulu")]
    public void AnObjectsAppositionBelongsToTheStatement(string text, string statement)
    {
        var (speaker, claim) = ClaimTexts.Only(text);

        Assert.Equal(statement, claim);
        Assert.Equal("United Nations", speaker);
    }

    [Theory]
    [InlineData("The LRA, a splinter group of the ADF, attacked Gulu, the UN said.")]
    [InlineData("The LRA, a splinter group of the ADF, killed 30 people, the UN said.")]
    public void APredicateWithAnUnlistedNameOrANumberAfterTheSubjectsAppositionIsTheStatement(string text)
    {
        var (speaker, claim) = ClaimTexts.Only(text);

        Assert.StartsWith("The LRA, a splinter group of the ADF, ", claim);
        Assert.Equal("United Nations", speaker);
    }

    [Fact]
    public void AnIrregularPastAfterTheSubjectsAppositionIsThePredicate()
    {
        var (speaker, claim) = ClaimTexts.Only("Somali forces, supported by Turkish drones, retook the town from al-Shabaab, officials said.");

        Assert.Equal("Somali forces, supported by Turkish drones, retook the town from al-Shabaab", claim);
        Assert.Equal("officials", speaker);
    }

    [Theory]
    [InlineData("The UN mission, MONUSCO, said the M23 had attacked its troops.", "MONUSCO")]
    [InlineData("The AU force, AUSSOM, said the M23 had attacked its troops.", "AUSSOM")]
    public void ABodysNameInAppositionBeforeTheVerbIsTheSpeaker(string text, string body)
    {
        var (speaker, claim) = ClaimTexts.Only(text);

        Assert.Equal("the M23 had attacked its troops", claim);
        Assert.Equal(body, speaker);
    }

    [Fact]
    public void AParticipleWithItsAgentStillDescribesTheBodyBeforeIt()
    {
        var (speaker, claim) = ClaimTexts.Only("The LRA, led by John Okello, said the group would fight on.");

        Assert.Equal("the group would fight on", claim);
        Assert.Equal("Lord's Resistance Army", speaker);
    }
}
