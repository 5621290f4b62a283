using GeoGraph.Core.Model;
using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>Bodies the gazetteer does not list, typed and named by what the article says of them.</summary>
public sealed class DescribedNameTests
{
    private static List<(string Text, string Entity, EntityKind Kind)> Mentions(string text) => Extractors.MentionList(text);

    [Theory]
    [InlineData("The Jalo Doctors Network, a medical group that documents abuses, accused the rebels.", "Jalo Doctors Network", EntityKind.Organisation)]
    [InlineData("The Joint Forces, a coalition of armed movements that fights beside the army, said so.", "Joint Forces", EntityKind.Group)]
    [InlineData("The Kivu Defence League, an armed group, denied it.", "Kivu Defence League", EntityKind.Group)]
    [InlineData("The Popular Resistance, armed civilian groups allied with the army, rejected the claim.", "Popular Resistance", EntityKind.Group)]
    public void ADescriptionInAppositionSaysWhatKindOfBodyANameIs(string text, string name, EntityKind kind)
    {
        Assert.Contains(Mentions(text), m => m.Entity == name && m.Kind == kind);
    }

    [Fact]
    public void ADescriptionOfAPersonNamesNoBody()
    {
        Assert.DoesNotContain(Mentions("Omar Kalid, a rebel group commander, was killed."), m => m.Kind is EntityKind.Group or EntityKind.Organisation);
    }

    [Fact]
    public void WhereABodyActsIsNoPartOfItsName()
    {
        var found = Mentions("Fighting spread in Sudan. The Popular Resistance in North Darfur, armed civilian groups allied with the army, denied it.");

        Assert.Contains(found, m => m.Entity == "Popular Resistance" && m.Kind == EntityKind.Group);
        Assert.Contains(found, m => m.Kind == EntityKind.Province);
    }

    [Fact]
    public void ASpacedDashPartsAHeadingFromAName()
    {
        Assert.DoesNotContain(Mentions("27 October, 16:50 GMT – Joint Forces lose spokesman"), m => m.Entity.Contains("GMT", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Flights of Ethiopian Airlines were suspended.", "Ethiopian Airlines")]
    [InlineData("Gunmen attacked the headquarters of Turkish Aerospace Industries.", "Turkish Aerospace Industries")]
    public void ACompanyNamedByItsCountryIsAnOrganisation(string text, string name)
    {
        Assert.Contains(Mentions(text), m => m.Entity == name && m.Kind == EntityKind.Organisation);
    }

    [Fact]
    public void ADemonymOpeningAFacilitysNameSaysNothingOfTheCountry()
    {
        Assert.DoesNotContain(Mentions("Patients were shot at the Saudi Maternity Hospital on Sunday."), m => m.Kind == EntityKind.Country);
    }

    [Fact]
    public void ACountrysNameAfterTheOpensTheBodysName()
    {
        Assert.Contains(Mentions("The Sudan Doctors Network said 40 people died."), m => m.Entity == "Sudan Doctors Network");
    }

    [Theory]
    [InlineData("An official told The Northern Lantern that the road was shut.", "The Northern Lantern")]
    [InlineData("A commander told The Eastern Star on Monday that talks had failed.", "The Eastern Star")]
    public void ATitleWithACapitalTheThatHearsAStatementIsAnOutlet(string text, string name)
    {
        Assert.Contains(Mentions(text), m => m.Entity == name && m.Kind == EntityKind.Organisation);
    }

    [Fact]
    public void AProvincesNameOpensAnOutletsName()
    {
        var found = Mentions("Iran and Iraq met. Photo: troops in the hills. (Kurdistan Daily) The Kurdistan Daily reported that shelling went on.");

        Assert.DoesNotContain(found, m => m.Kind == EntityKind.Province && m.Text == "Kurdistan");
    }

    [Fact]
    public void AWordThatOnlyLooksLikeAMixedCaseAcronymIsNoName()
    {
        Assert.DoesNotContain(Mentions("« Let us focus on the solution », he said."), m => m.Kind == EntityKind.Group);
    }

    [Fact]
    public void AWordOfAHeadingInCapitalsIsNoAcronym()
    {
        var result = Extractors.Extract("WHAT OFFICIALS SAID\n\nThe army said the town was taken.");

        Assert.DoesNotContain(result.Entities, e => e.Name == "WHAT");
    }

    [Theory]
    [InlineData("Amina Dare, a lawmaker of the pro-Kurdish DEM Party, said so.", "DEM Party")]
    [InlineData("Fighters loyal to the Communist Party of Kenya were seen.", "Communist Party of Kenya")]
    [InlineData("Ali Noor, head of the Northern Regional Party Committee, was held.", "Northern Regional Party Committee")]
    public void APoliticalPartyIsAGroup(string text, string name)
    {
        Assert.Contains(Mentions(text), m => m.Entity == name && m.Kind == EntityKind.Group);
    }

    [Theory]
    [InlineData("On Friday the Council of Ministers declared a state of emergency.", "Council of Ministers", EntityKind.Organisation)]
    [InlineData("The Karen People's Defence Forces said the post fell.", "Karen People's Defence Forces", EntityKind.Group)]
    [InlineData("Fighting hit South Sudan. The South Sudan People's Defence Forces said so.", "South Sudan People's Defence Forces", EntityKind.Organisation)]
    public void ABodyIsNamedByItsOfPhraseOrThroughAPossessive(string text, string name, EntityKind kind)
    {
        Assert.Contains(Mentions(text), m => m.Entity == name && m.Kind == kind);
    }

    [Fact]
    public void AProvincesCapitalMakesTheNameTheProvince()
    {
        var found = Mentions("Troops in the Philippines overran parts of the Cotabato capital. Cotabato is a stronghold of the rebels.");

        Assert.Contains(found, m => m.Kind == EntityKind.Province && m.Text == "Cotabato");
    }

    [Fact]
    public void ASubdivisionNamedAfterARegionAcrossCountriesWantsItsTypeWord()
    {
        Assert.DoesNotContain(Mentions("Burkina Faso and Niger formed an alliance against the Sahel branch of the group."), m => m.Kind == EntityKind.Province);
    }

    [Theory]
    [InlineData("The opposition party Les Verts put the toll at 30.", "Les Verts", EntityKind.Group)]
    [InlineData("A plane of the airline Sky Harbour was hit on landing.", "Sky Harbour", EntityKind.Organisation)]
    [InlineData("The Nova Lista Front, the main party of the province, denied it.", "Nova Lista Front", EntityKind.Group)]
    public void ANounBeforeOrADescriptionAfterANameSaysWhatItIs(string text, string name, EntityKind kind)
    {
        Assert.Contains(Mentions(text), m => m.Entity == name && m.Kind == kind);
    }

    [Theory]
    [InlineData("The Attorney General's Office said the suspects would be charged.", "Attorney General's Office")]
    [InlineData("A statement from the Prime Minister's Office denied it.", "Prime Minister's Office")]
    public void TheOfficeOfATitleHolderIsABody(string text, string name)
    {
        Assert.Contains(Mentions(text), m => m.Entity == name && m.Kind == EntityKind.Organisation);
    }

    [Fact]
    public void ACountrysMilitaryAcademyIsNoArmy()
    {
        var found = Mentions("Speaking at a parade at the Kenya Military Academy in Lanet, the president vowed to act.");

        Assert.Contains(found, m => m.Entity == "Kenya Military Academy" && m.Kind == EntityKind.Organisation);
        Assert.DoesNotContain(found, m => m.Entity.Contains("Army", StringComparison.Ordinal) || m.Entity.Contains("forces", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void AShipIsNoCompany()
    {
        Assert.DoesNotContain(Mentions("The bulk carrier M/V Blue Dawn was hit off the coast."), m => m.Kind == EntityKind.Organisation);
    }

    [Fact]
    public void DissidentsOfAGroupAreAGroupOfTheirOwn()
    {
        var found = Mentions("Rival groups, including FARC dissidents, may fight for the routes.");

        Assert.Contains(found, m => m.Entity == "FARC dissidents" && m.Kind == EntityKind.Group);
        Assert.DoesNotContain(found, m => m.Entity == "FARC");
    }

    [Fact]
    public void DissidentsAreTheGroupTheArticleCallsDissident()
    {
        var found = Mentions("The ELN fought the dissident Frente 12 near the border. The offensive against FARC dissidents went on.");

        Assert.Contains(found, m => m.Text == "FARC dissidents" && m.Entity == "Frente 12");
    }
}
