using GeoGraph.Core.Model;
using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>Provinces of a country the article never names, and names of bodies, firms and people in the shapes local news writes them.</summary>
public sealed class PlaceAndPersonNameTests
{
    private static List<(string Text, string Entity, EntityKind Kind)> Mentions(string text) => Extractors.MentionList(text);

    [Fact]
    public void TwoProvincesOfOneCountryPlaceTheArticleThere()
    {
        var found = Mentions("The unrest in Luapula spread to Muchinga on Friday, residents said.");

        Assert.Contains(found, m => m.Entity == "Luapula" && m.Kind == EntityKind.Province);
        Assert.Contains(found, m => m.Entity == "Muchinga" && m.Kind == EntityKind.Province);
    }

    [Fact]
    public void OneProvinceOfACountryNeverNamedIsNoPlaceYet()
    {
        Assert.DoesNotContain(Mentions("The unrest in Luapula grew on Friday, residents said."), m => m.Kind == EntityKind.Province);
    }

    [Fact]
    public void ADistrictNamedLikeAStateIsNotTheState()
    {
        Assert.DoesNotContain(Mentions("The killings in Bauchi district angered Nigeria, officials said."), m => m.Kind == EntityKind.Province);
    }

    [Fact]
    public void AndJoinsTwoWordsOfABodysName()
    {
        Assert.Contains(Mentions("The Zambian Truth and Reconciliation Commission said 40 people disappeared."),
            m => m.Entity == "Zambian Truth and Reconciliation Commission" && m.Kind == EntityKind.Organisation);
    }

    [Fact]
    public void ABankIsAFirmButARiversBankIsNot()
    {
        var found = Mentions("Gunmen raided a branch of Lakeland Bank near the West Bank of the river.");

        Assert.Contains(found, m => m.Entity == "Lakeland Bank" && m.Kind == EntityKind.Organisation);
        Assert.DoesNotContain(found, m => m.Entity == "West Bank");
    }

    [Fact]
    public void ASurnameWithAParticleOpeningASentenceIsThePersonNamedBefore()
    {
        var graph = Extractors.Extract("Its spokesman, Col Tembo al-Banda, said the truce would hold. Al-Banda said talks would follow.");

        var person = Assert.Single(graph.Entities.OfType<Official>());
        Assert.Equal("Tembo al-Banda", person.Name);
        Assert.All(graph.Claims, c => Assert.Equal(person.Id, c.Speaker));
    }

    [Theory]
    [InlineData("Zambia's ambassador in Malawi, Mary Zulu, said the talks had failed.", "Mary Zulu", "ambassador")]
    [InlineData("The branch manager, Joseph Banda, said the vault had not been opened.", "Joseph Banda", "manager")]
    public void AnOfficeAndItsPlaceBeforeACommaNameTheHolder(string text, string name, string role)
    {
        var graph = Extractors.Extract(text);

        var person = Assert.Single(graph.Entities.OfType<Official>());
        Assert.Equal(name, person.Name);
        Assert.Equal(role, person.Role);
    }

    [Theory]
    [InlineData("Gang leader Jean-Robert « Kodak » Mwangi warned the council that his men would march on the palace.", "Jean-Robert Mwangi", "Kodak")]
    [InlineData("Rebel leader Peter \"Tiger\" Mwangi said his men would fight on.", "Peter Mwangi", "Tiger")]
    public void ANicknameInsideANameIsAnAliasNotPartOfTheName(string text, string name, string nickname)
    {
        var graph = Extractors.Extract(text);

        var person = Assert.Single(graph.Entities.OfType<Official>());
        Assert.Equal(name, person.Name);
        Assert.Contains(nickname, person.Aliases);
        Assert.Equal(person.Id, Assert.Single(graph.Claims).Speaker);
    }

    [Theory]
    [InlineData("In a voice message circulated on WhatsApp, the gang's leader threatened to burn the police stations, Kenyan police said.")]
    [InlineData("In a video posted on Telegram, the group's spokesman said the fighters would not withdraw, Kenyan police said.")]
    public void APlatformBeforeAnAppositionIsNoPerson(string text)
    {
        Assert.Empty(Extractors.Extract(text).Entities.OfType<Official>());
    }

    [Fact]
    public void APluralTypeWordClosingAListMakesEachItemASubdivisionAndNamesNone()
    {
        var graph = Extractors.Extract("Officials said the cartels operate in Guerrero, México and Michoacán States.");

        var provinces = graph.Entities.Where(e => e.Kind == EntityKind.Province).Select(e => e.Name).ToList();
        Assert.Equal(["Guerrero", "México", "Michoacán"], provinces);
    }

    [Theory]
    [InlineData("The Kenyan Medical Association said doctors would strike on Monday.", "Kenyan Medical Association")]
    [InlineData("The Uganda Law Society and the East African Law Association said the trial was unfair.", "Uganda Law Society")]
    [InlineData("The Uganda Law Society and the East African Law Association said the trial was unfair.", "East African Law Association")]
    [InlineData("The Bank of Agriculture said its director had been freed.", "Bank of Agriculture")]
    public void AnAssociationASocietyAndABankNamedByItsOfPhraseAreBodies(string text, string name)
    {
        Assert.Contains(Mentions(text), m => m.Entity == name && m.Kind == EntityKind.Organisation);
    }
}
