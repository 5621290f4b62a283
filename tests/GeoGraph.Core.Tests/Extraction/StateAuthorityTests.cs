using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>"The authorities" speak for the state the article is set in, which a title-case dateline with a date names.</summary>
public sealed class StateAuthorityTests
{
    private static string? SpeakerOf(string text)
    {
        var graph = Extractors.Extract(text);
        var claim = Assert.Single(graph.Claims);
        return claim.Speaker is { } id ? Extractors.NameOf(graph, id) : claim.SpeakerDescription;
    }

    [Theory]
    [InlineData("NAIROBI, May 4 (Wire) - Authorities said the border with Uganda was closed.")]
    [InlineData("NAIROBI, May 4 (Wire) - The transitional authorities announced on Sunday that the border with Uganda was closed.")]
    public void TheAuthoritiesSpeakForTheState(string text)
    {
        Assert.Equal("Kenya", SpeakerOf(text));
    }

    [Theory]
    [InlineData("NAIROBI, May 4 (Wire) - Local authorities said the border with Uganda was closed.")]
    [InlineData("NAIROBI, May 4 (Wire) - The Turkana authorities said the border with Uganda was closed.")]
    public void LocalOrNamedAuthoritiesAreNotTheState(string text)
    {
        Assert.NotEqual("Kenya", SpeakerOf(text));
    }

    [Fact]
    public void ATitleCaseCapitalWithADateIsADateline()
    {
        Assert.Equal("Kenya", SpeakerOf("Nairobi, 5 August 2024 — Ten days after the clashes with Uganda, the authorities said the border was closed to Ugandan trucks."));
    }

    [Theory]
    [InlineData("BOGOTA, May 4 (Wire) - Police said the border with Venezuela was closed.", "National Police of Colombia")]
    [InlineData("LUSAKA, May 4 (Wire) - Police said the border with Malawi was closed.", "Zambian police")]
    public void PoliceAreTheListedNationalPoliceElseNamedByTheDemonym(string text, string police)
    {
        Assert.Equal(police, SpeakerOf(text));
    }

    [Fact]
    public void TheGovernmentNamedByNoBodyIsTheStateItself()
    {
        var graph = Extractors.Extract("NAIROBI, May 4 (Wire) - The government said the border with Uganda would stay closed.");

        Assert.Equal("Kenya", Extractors.NameOf(graph, Assert.Single(graph.Claims).Speaker));
        Assert.DoesNotContain(graph.Entities, e => e.Name.StartsWith("Government of", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Uganda's government said on Monday that the LRA had attacked a convoy in Gulu.")]
    [InlineData("The Ugandan military government accused the LRA of attacking a convoy.")]
    [InlineData("Uganda's government said on Monday that the LRA had attacked a convoy in Gulu. The LRA has fought the federal government for years.")]
    public void AStatesGovernmentWithNoNameOfItsOwnSpeaksForTheState(string text)
    {
        var graph = Extractors.Extract(text);

        Assert.Equal("Uganda", Extractors.NameOf(graph, Assert.Single(graph.Claims).Speaker));
        Assert.DoesNotContain(graph.Entities, e => e.Name.Contains("government", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("The LRA holds the north. Uganda's internationally recognised government said on Monday that the LRA had attacked a convoy.")]
    [InlineData("Uganda's federal government said on Monday that the LRA had attacked a convoy.")]
    public void AGovernmentSetAgainstARivalAuthorityOrNamedFederalIsABodyOfItsOwn(string text)
    {
        var graph = Extractors.Extract(text);

        var speaker = Extractors.NameOf(graph, Assert.Single(graph.Claims).Speaker);
        Assert.Contains("government", speaker, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void TheCapitalWhereTheArticleIsSetOutweighsAForeignContingent()
    {
        const string text = "Rebels in Kenya attacked army positions on the outskirts of Nairobi on Wednesday. Fighting near Nairobi went on. "
                            + "A Ugandan peacekeeper was killed, and Uganda sent more troops. Ugandan officers were wounded. "
                            + "The government accuses the rebel leader of an attempted coup.";

        Assert.Equal("Kenya", SpeakerOf(text));
    }
    [Fact]
    public void TheCountryOfTheHeadlineIsWhereThePieceIsSet()
    {
        var graph = Extractors.Extract("KENYA: talks stall\n\nUganda said on Monday that the talks would resume in Uganda. The government said the talks had failed.");

        var statement = Assert.Single(graph.Claims, c => c.Text == "the talks had failed");
        Assert.Equal("Kenya", Extractors.NameOf(graph, statement.Speaker));
    }

    [Fact]
    public void TheOnlyGovernmentNamedIsTheGovernmentMeant()
    {
        var graph = Extractors.Extract("The Palestinian Authority met Israeli officials in Amman, where Jordanian and Israeli envoys and Israel's army chief were present. The government said the talks had failed.");

        var statement = Assert.Single(graph.Claims);
        Assert.Equal("Palestinian Authority", Extractors.NameOf(graph, statement.Speaker));
    }
    [Fact]
    public void AProvinceInCapitalsHeadingTheBodyPlacesIt()
    {
        Assert.Equal("Sudan Police Force", SpeakerOf("KASSALA: Police said the border with Eritrea was closed."));
    }
    [Theory]
    [InlineData("Government blames LRA for Mandera attack\n\nNAIROBI, May 4 (Wire) - Twelve people died.")]
    [InlineData("Govt blames LRA for Mandera attack\n\nNAIROBI, May 4 (Wire) - Twelve people died.")]
    public void AHeadlinesBareGovernmentIsTheHomeGovernment(string text)
    {
        var graph = Extractors.Extract(text);

        var headline = Assert.Single(graph.Claims);
        Assert.Equal("Kenya", Extractors.NameOf(graph, headline.Speaker));
        Assert.DoesNotContain(graph.Entities, e => e.Name == "Govt");
    }
}
