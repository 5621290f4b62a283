using GeoGraph.Core.Model;
using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>Names as the article writes them: a demonym that opens a body's name, a namesake of a listed person, an office's domain before a name, a province's spelling.</summary>
public sealed class ArticleNamingTests
{
    [Theory]
    [InlineData("The Malawian Human Rights Commission said 12 civilians were killed.", "Malawian Human Rights Commission")]
    [InlineData("The state-appointed Zambian Human Rights Commission said 30 people were detained.", "Zambian Human Rights Commission")]
    [InlineData("The Zambian Press Agency reported that the rebels had withdrawn.", "Zambian Press Agency")]
    public void ADemonymOpensACivilBodysName(string text, string name)
    {
        var graph = Extractors.Extract(text);

        var body = Assert.Single(graph.Entities.OfType<Organisation>(), o => o.Name == name);
        Assert.Equal(body.Id, Assert.Single(graph.Claims).Speaker);
    }

    [Theory]
    [InlineData("The Kenyan Orthodox Church said the priest had been killed.", "Kenyan Orthodox Church")]
    [InlineData("The Catholic Church in Kenya said the priest had been killed.", "Catholic Church")]
    public void AChurchNamedByItsDenominationIsABodyThatSpeaks(string text, string name)
    {
        var graph = Extractors.Extract(text);

        var church = Assert.Single(graph.Entities.OfType<Organisation>(), o => o.Name == name);
        Assert.Equal(church.Id, Assert.Single(graph.Claims).Speaker);
    }

    [Fact]
    public void AChurchNamedByItsPlaceIsABuilding()
    {
        var graph = Extractors.Extract("Gunmen attacked the Santa Maria Catholic Church in Gulu, Kenya said.");

        Assert.DoesNotContain(graph.Entities, e => e.Name.Contains("Church", StringComparison.Ordinal));
    }

    [Fact]
    public void APeoplesNameIsWrittenInFull()
    {
        var graph = Extractors.Extract("The Uganda People's Defence Forces said it had repelled the attack.");

        Assert.Contains(graph.Entities, e => e.Name == "Uganda People's Defence Forces");
    }

    [Fact]
    public void ACountrysPossessiveIsNoPartOfAName()
    {
        var graph = Extractors.Extract("Iran's Revolutionary Guards said it had repelled the attack.");

        Assert.DoesNotContain(graph.Entities, e => e.Name.StartsWith("Iran's", StringComparison.Ordinal));
    }

    [Fact]
    public void AProvinceIsNamedAsTheArticleSpellsItInFull()
    {
        var graph = Extractors.Extract("Somalia said al-Shabaab still controls much of Lower Shabelle.");

        Assert.Contains(graph.Entities.OfType<Province>(), p => p.Name == "Lower Shabelle");
    }

    [Fact]
    public void ADemonymBeforeAnArmyStaysTheCountrysForce()
    {
        var found = Extractors.MentionList("The Malawian Army said it had repelled the attack.");

        Assert.DoesNotContain(found, m => m.Entity == "Malawian Army" && m.Kind == EntityKind.Group);
    }

    [Fact]
    public void AnotherGivenNameBeforeAListedSurnameNamesSomeoneElse()
    {
        var graph = Extractors.Extract("Prince Turki bin Salman said the kingdom would help. Later, bin Salman said talks would follow.");

        var person = Assert.Single(graph.Entities.OfType<Official>());
        Assert.Equal("Turki bin Salman", person.Name);
        Assert.All(graph.Claims, c => Assert.Equal(person.Id, c.Speaker));
    }

    [Fact]
    public void AnOfficesDomainBeforeANameIsNoPartOfIt()
    {
        var graph = Extractors.Extract("Minister of Parliamentary Affairs Joseph Banda told reporters the matter was closed.");

        Assert.Equal("Joseph Banda", Extractors.NameOf(graph, Assert.Single(graph.Claims).Speaker));
    }

    [Fact]
    public void AListedBodyIsNamedAsTheArticleNamesItInFull()
    {
        var graph = Extractors.Extract("The Armed Forces of Ukraine said they had pulled back from the town.");

        var force = Assert.Single(graph.Entities.OfType<Organisation>());
        Assert.Equal("Armed Forces of Ukraine", force.Name);
        Assert.Contains("Ukrainian Armed Forces", force.Aliases);
        Assert.Equal(EntityId.For(EntityKind.Organisation, "Ukrainian Armed Forces"), force.Id);
    }

    [Theory]
    [InlineData("Ukraine's military said it had pulled back from the town.")]
    [InlineData("The Ukrainian army said it had pulled back from the town.")]
    public void ADescriptionOfAListedBodyLeavesItsListedName(string text)
    {
        var graph = Extractors.Extract(text);

        Assert.Contains(graph.Entities.OfType<Organisation>(), o => o.Name == "Ukrainian Armed Forces");
    }

    [Fact]
    public void AListedPersonKeepsTheArticlesAccents()
    {
        var graph = Extractors.Extract("President Andrés Manuel López Obrador said the attack would not go unpunished.");

        Assert.Equal("Andrés Manuel López Obrador", Extractors.NameOf(graph, Assert.Single(graph.Claims).Speaker));
    }

    [Fact]
    public void ATransliteratedNameWithItsParticlesIsNamedAsWritten()
    {
        var graph = Extractors.Extract("The banned Tehreek-e-Taliban Pakistan said its fighters had stormed a police post in Bannu.");

        Assert.Contains(graph.Entities.OfType<Group>(), g => g.Name == "Tehreek-e-Taliban Pakistan");
    }

    [Theory]
    [InlineData("Yemen's Houthis said Israel had struck ports in Houthi-held Hodeidah governorate.", "Hodeidah", "YE-HU")]
    [InlineData("The Afghan army said al-Qaeda was present in Paktia and Kandahar provinces.", "Kandahar", "AF-KAN")]
    public void AProvinceIsNamedAsTheArticleWritesIt(string text, string name, string code)
    {
        var graph = Extractors.Extract(text);

        Assert.Equal(name, Assert.Single(graph.Entities.OfType<Province>(), p => p.IsoCode == code).Name);
    }

    [Fact]
    public void AProvinceWrittenTwoWaysIsOneNode()
    {
        var one = Extractors.Extract("Yemen's Houthis said Israel had struck ports in Houthi-held Hodeidah governorate.");
        var other = Extractors.Extract("Yemen's Houthis said Israel had struck ports in Houthi-held Al Hudaydah governorate.");

        Assert.Equal(one.Entities.OfType<Province>().Single().Id, other.Entities.OfType<Province>().Single().Id);
    }
}
