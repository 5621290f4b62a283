using GeoGraph.Core.Model;
using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// A state's own bodies carry their usual names as aliases, so that one body is one node however it is written: a
/// ministry by its country and its demonym, short and full ("Zambian Foreign Ministry", "Ministry of Foreign Affairs of
/// Zambia"); an army found by its demonym also by the country's name ("Bangladesh Army"); a foreign office lower-cased
/// after its country; a ministry a governing group owns by the group's name; and "police" in a province of India or
/// Pakistan, whose police forces are the provinces' own, by the province's police.
/// </summary>
public sealed class StateBodyNameTests
{
    private static List<string> NamesOf(string text, Func<Entity, bool> which)
    {
        var entity = Assert.Single(Extractors.Extract(text).Entities, e => which(e));
        return [entity.Name, .. entity.Aliases];
    }

    [Theory]
    [InlineData("Zambian Foreign Ministry")]
    [InlineData("Zambia Foreign Ministry")]
    [InlineData("Ministry of Foreign Affairs of Zambia")]
    [InlineData("Zambian Ministry of Foreign Affairs")]
    public void AMinistryCarriesItsCountrysUsualNames(string name)
    {
        var names = NamesOf("Zambia's foreign ministry summoned the Malawian envoy on Monday.", e => e.Name.Contains("ministry", StringComparison.OrdinalIgnoreCase));

        Assert.Contains(name, names, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void AnArmyFoundByItsDemonymCarriesTheCountrysName()
    {
        var names = NamesOf("The Zambian army said it had repelled the raid.", e => e is Organisation { Category: "military force" });

        Assert.Contains("Zambia Army", names, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("Armed Forces of Zambia", names, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void AForeignOfficeAfterItsCountryIsItsForeignMinistry()
    {
        var names = NamesOf("Uganda's foreign office accused the LRA of attacks on civilians.", e => e is Organisation);

        Assert.Contains("Uganda Foreign Office", names, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void AMinistryAGroupOwnsIsNamedForTheGroup()
    {
        var names = NamesOf("The LRA's defence ministry said its forces had killed nine soldiers.", e => e is Organisation);

        Assert.Equal("LRA defence ministry", names[0]);
        Assert.Contains("LRA's defence ministry", names);
    }

    [Fact]
    public void AnOfficeThatIsNoForeignMinistryIsNoBody()
    {
        Assert.DoesNotContain(Extractors.Extract("The foreign office staff left early on Monday.").Entities, e => e is Organisation);
    }

    [Theory]
    [InlineData("PESHAWAR: Seven policemen were killed when militants stormed a checkpoint in Bannu district of Khyber Pakhtunkhwa late on Monday, police said.", "Khyber Pakhtunkhwa Police")]
    [InlineData("NAIROBI: Seven policemen were killed when militants stormed a checkpoint in Mandera county late on Monday, police said.", "National Police Service")]
    public void PoliceInAProvinceOfAFederationOfProvincialPoliceAreTheProvinces(string text, string police)
    {
        Assert.Equal(police, ClaimTexts.Only(text).Speaker);
    }
}
