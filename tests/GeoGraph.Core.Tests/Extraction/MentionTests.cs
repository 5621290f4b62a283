using GeoGraph.Core.Extraction.Mentions;
using GeoGraph.Core.Model;
using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

public sealed class MentionTests
{
    private static List<(string Text, string Entity, EntityKind Kind)> Mentions(string text) => Extractors.MentionList(text);

    [Theory]
    [InlineData("Fighters of Boko Haram crossed from Nigeria into Niger.", "Boko Haram", EntityKind.Group)]
    [InlineData("Kenyan troops said the raid in Somalia failed.", "Somalia", EntityKind.Country)]
    [InlineData("The Yemeni government met the Houthis in Oman.", "Houthis", EntityKind.Group)]
    [InlineData("Clashes were reported in Idlib province, Syria.", "Idlib", EntityKind.Province)]
    [InlineData("Attacks rose in Borno State.", "Borno", EntityKind.Province)]
    public void FindsListedNames(string text, string name, EntityKind kind)
    {
        Assert.Contains(Mentions(text), m => m.Entity == name && m.Kind == kind);
    }

    [Theory]
    [InlineData("The Kenyan Ministry of Foreign Affairs said so.", "Kenyan Ministry of Foreign Affairs")]
    [InlineData("The Interior Ministry of Chad said so.", "Chadian Interior Ministry")]
    [InlineData("Fighters of the Mansour network were seen.", "Mansour network")]
    [InlineData("The Popular Resistance Front said so.", "Popular Resistance Front")]
    [InlineData("The Northern Lions Brigade said so.", "Northern Lions Brigade")]
    [InlineData("Fighters of Frente 12 crossed the river.", "Frente 12")]
    [InlineData("The port belongs to Blue Horizon Shipping, a firm in Oman.", "Blue Horizon Shipping")]
    [InlineData("Troops of Operation Desert Wind moved in Niger.", "Operation Desert Wind")]
    public void FindsUnlistedOrganisationsAndGroupsByTheShapeOfTheirNames(string text, string name)
    {
        Assert.Contains(Mentions(text), m => m.Entity == name);
    }

    [Theory]
    [InlineData("Police blamed a separatist militia known as the Western Valley Warriors.", "Western Valley Warriors")]
    [InlineData("Police blamed an armed group called Blue Nile Lions for the raid.", "Blue Nile Lions")]
    public void ANameIntroducedAsAnArmedGroupIsAGroup(string text, string name)
    {
        Assert.Contains(Mentions(text), m => m.Entity == name && m.Kind == EntityKind.Group);
    }

    [Theory]
    [InlineData("Police said Los Rastrojos boss Mario Pena was arrested.", "Los Rastrojos")]
    [InlineData("The Los Pelusos faction denied the report.", "Los Pelusos")]
    [InlineData("Los Zetas, Los Caballeros Templarios and other cartels fought for the port.", "Los Caballeros Templarios")]
    [InlineData("Los Zetas, Los Caballeros Templarios and other cartels fought for the port.", "Los Zetas")]
    public void AGangNamedWithASpanishArticleIsAGroupWhenAGangWordGoesWithIt(string text, string name)
    {
        Assert.Contains(Mentions(text), m => m.Entity == name && m.Kind == EntityKind.Group);
    }

    [Theory]
    [InlineData("The delegation flew on to Los Angeles for talks.")]
    [InlineData("Los Alamos and Los Angeles hosted the meetings.")]
    public void ASpanishArticleNameWithoutAGangWordIsNoGroup(string text)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Kind == EntityKind.Group);
    }

    [Theory]
    [InlineData("NARATHIWAT: Bombs hit a market. Attacks have killed people in Narathiwat, Pattani and Yala since 2004, Thai officials said.", "Narathiwat")]
    [InlineData("KANDAHAR, Afghanistan — Fighting spread to Kandahar, Helmand and Uruzgan, officials said.", "Kandahar")]
    public void ANameListedWithOtherProvincesIsAProvinceEvenWhereADatelineUsesItForItsTown(string text, string name)
    {
        Assert.Contains(Mentions(text), m => m.Entity == name && m.Kind == EntityKind.Province);
    }

    [Theory]
    [InlineData("The National Police said 70 suspects were held.", "National Police")]
    [InlineData("Troops of the army and the National Guard detained him.", "National Guard")]
    [InlineData("The Gulf Cartel denied the report.", "Gulf Cartel")]
    public void PoliceGuardAndCartelHeadsNameUnlistedBodies(string text, string name)
    {
        Assert.Contains(Mentions(text), m => m.Entity == name);
    }

    [Theory]
    [InlineData("Gunmen attacked a post, the Coastal Security Operations Command (Csoc) said. Csoc added that two were hurt.", "Coastal Security Operations Command", 3)]
    [InlineData("The Ogaden People's Liberation Front-in-Exile (OPLF-IE) denied any link. The OPLF-IE said so.", "Ogaden People's Liberation Front-in-Exile", 3)]
    public void AnAcronymDefinitionNamesTheBodyWhereverTheAcronymRecurs(string text, string name, int mentions)
    {
        var found = Mentions(text);

        Assert.Equal(mentions, found.Count(m => m.Entity == name));
    }

    [Fact]
    public void AnAcronymInAnotherLanguageNamesTheGroupBeforeIt()
    {
        var found = Mentions("The Cabinda Liberation Army (FLEC-AR) freed the pilot. The FLEC-AR said it wanted talks.");

        Assert.Equal(3, found.Count(m => m.Entity == "Cabinda Liberation Army"));
    }

    [Fact]
    public void AProvincesNameBeforeAListedGroupsNameOpensAnotherGroup()
    {
        var found = Mentions("The Sulu National Liberation Army (HPNS) freed the pilot.");

        Assert.Contains(found, m => m.Entity == "Sulu National Liberation Army" && m.Kind == EntityKind.Group);
        Assert.DoesNotContain(found, m => m.Entity == "National Liberation Army");
    }

    [Fact]
    public void WordsReadInsideADefinedFullNameAreNotEntitiesOfTheirOwn()
    {
        var found = Mentions("The Ogaden People's Liberation Front-in-Exile (OPLF-IE) denied any link.");

        Assert.DoesNotContain(found, m => m.Entity is "Liberation Front" or "Ogaden");
    }

    [Theory]
    [InlineData("The commander of the Second Army Region visited the site.", "Second Army Region")]
    [InlineData("The Bomb Disposal Squad said explosives were found.", "Bomb Disposal Squad")]
    [InlineData("A spokesman for the Highland Peace Operation said talks went on.", "Highland Peace Operation")]
    [InlineData("Gunmen stormed the studio of the public channel Canal Sur Televisión on Tuesday.", "Canal Sur Televisión")]
    public void StateUnitsTaskForcesAndDescribedOutletsAreOrganisations(string text, string name)
    {
        Assert.Contains(Mentions(text), m => m.Entity == name && m.Kind == EntityKind.Organisation);
    }

    [Theory]
    [InlineData("The group calls itself Jamaat al-Nasr (Front de la Victoire in French), police said.")]
    [InlineData("The statement, translated from French, gave no toll.")]
    public void ADemonymForALanguageIsNoCountry(string text)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Kind == EntityKind.Country);
    }

    [Theory]
    [InlineData("The Naga Students' Federation (NSF) called a strike.", "Naga Students' Federation")]
    [InlineData("The Oromo Youth Council said the talks had failed.", "Oromo Youth Council")]
    [InlineData("The Sahel Peoples Assembly (SPA), a rival faction, denied it.", "Sahel Peoples Assembly")]
    public void ABodyOfACommunityRatherThanAStateIsAGroup(string text, string name)
    {
        Assert.Contains(Mentions(text), m => m.Entity == name && m.Kind == EntityKind.Group);
    }

    [Fact]
    public void ACountrysAirForceIsABodyBesideItsArmy()
    {
        var found = Mentions("The Peruvian army said a Peruvian Air Force plane was hit as troops landed.");

        Assert.Contains(found, m => m.Entity == "Peruvian Air Force");
        Assert.Contains(found, m => m.Entity != "Peruvian Air Force" && m.Text.Contains("army", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("He was taken to a prison in the State of Mexico, officials said.", "State of Mexico")]
    [InlineData("Gunmen attacked a village in Niger State, Nigerian police said.", "Niger State")]
    public void ASubdivisionNamedLikeItsCountryIsKnownByItsTypedName(string text, string name)
    {
        Assert.Contains(Mentions(text), m => m.Entity == name && m.Kind == EntityKind.Province);
    }

    [Theory]
    [InlineData("Kenya's Security Council met after the raid.", "Kenya's Security Council")]
    [InlineData("A spokesman for the US National Security Council said so.", "US National Security Council")]
    public void AnInternationalOrgansShortNameAfterACountryIsThatCountrysBody(string text, string name)
    {
        var mentions = Mentions(text);

        Assert.Contains(mentions, m => m.Entity == name && m.Kind == EntityKind.Organisation);
        Assert.DoesNotContain(mentions, m => m.Entity == "UN Security Council");
    }

    [Theory]
    [InlineData("Gangs hold the Nord and the Artibonite, and now the town of Mirebalais in the department of the Centre, Haitian police said.", "Artibonite", true)]
    [InlineData("Gangs raided farms along the Artibonite, Haitian police said.", "Artibonite", false)]
    public void AProvinceWrittenWithTheIsTakenOnlyWhereTypedOrListedWithOthers(string text, string name, bool taken)
    {
        Assert.Equal(taken, Mentions(text).Any(m => m.Entity == name && m.Kind == EntityKind.Province));
    }

    [Theory]
    [InlineData("Drones hit the Kyiv region overnight, Ukraine's air force said.", "Kyiv Oblast")]
    [InlineData("Drones hit the Odesa and Mykolaiv regions, Ukraine's air force said.", "Odesa Oblast")]
    public void AUkrainianRegionIsCalledByItsCurrentSpellingAndNotByItsCapitalCity(string text, string name)
    {
        Assert.Contains(Mentions(text), m => m.Entity == name && m.Kind == EntityKind.Province);
    }

    [Theory]
    [InlineData("Fighters moved into Highland Papua province, Indonesian police said.", "Highland Papua")]
    [InlineData("Clashes were reported in the Sidama region of Ethiopia.", "Sidama")]
    public void SubdivisionsNewerThanTheIsoCodesReleaseAreProvinces(string text, string name)
    {
        Assert.Contains(Mentions(text), m => m.Entity == name && m.Kind == EntityKind.Province);
    }

    [Theory]
    [InlineData("Putin told reporters the talks would go on.", "Vladimir Putin")]
    [InlineData("Russian President Vladimir Putin said the talks would go on.", "Vladimir Putin")]
    [InlineData("The Kremlin said Aliyev had telephoned Putin.", "Ilham Aliyev")]
    public void AListedPublicFigureIsAnOfficialWithoutATitle(string text, string name)
    {
        Assert.Contains(Mentions(text), m => m.Entity == name && m.Kind == EntityKind.Official);
    }

    [Theory]
    [InlineData("Secretary of Defense Lloyd Austin said the strikes would go on.", "Lloyd Austin")]
    [InlineData("UN High Commissioner for Human Rights Volker Türk said the killings must stop.", "Volker Turk")]
    [InlineData("Egyptian President Mohamed Abdel Fattah al-Sisi said the crossing would stay open.", "Abdel Fattah al-Sisi")]
    public void AListedFigureAfterAMultiWordTitleIsThatFigure(string text, string name)
    {
        var found = Mentions(text);

        Assert.Contains(found, m => m.Entity == name && m.Kind == EntityKind.Official);
        Assert.DoesNotContain(found, m => m.Kind == EntityKind.Official && m.Entity != name);
    }

    [Fact]
    public void TheNationalSecurityCouncilWithNoCountryBeforeItIsTheHomeCountrys()
    {
        var found = Mentions("BANGKOK (Asia Wire) — Thai officials said the National Security Council would meet on Monday.");

        Assert.Contains(found, m => m.Entity == "National Security Council" && m.Kind == EntityKind.Organisation);
        Assert.DoesNotContain(found, m => m.Entity == "UN Security Council");
    }

    [Theory]
    [InlineData("Former president Petro Poroshenko said the talks would go on.")]
    [InlineData("The wounded were taken to Erdogan hospital in the capital.")]
    [InlineData("Officials praised the gallant soldiers who held the bridge.")]
    [InlineData("El Chapo was extradited a year later, prosecutors said.")]
    public void AListedNameInsideAnotherNameOrAPlaceOrAsAWordIsNoOfficial(string text)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Kind == EntityKind.Official && m.Entity is "Gustavo Petro" or "Recep Tayyip Erdogan" or "Yoav Gallant" or "Daniel Chapo");
    }

    [Fact]
    public void AListedFigureSpeaksForTheBodyTheArticleNames()
    {
        var graph = Extractors.Extract("Israel struck targets in Lebanon overnight. Netanyahu said the strikes would continue.");

        var netanyahu = Assert.IsType<Official>(Assert.Single(graph.Entities, e => e.Name == "Benjamin Netanyahu"));
        Assert.Equal("prime minister", netanyahu.Role);
        Assert.Contains(graph.Claims, c => c.Speaker == netanyahu.Id);
    }

    [Fact]
    public void AnInlineAcronymNamesTheSameEntityForTheRestOfTheArticle()
    {
        var mentions = Mentions("The Coastal Defence Movement (CDM) claimed the raid. Later the CDM denied it.");

        Assert.Equal(3, mentions.Count(m => m.Entity == "Coastal Defence Movement"));
    }

    [Theory]
    [InlineData("Chadian troops crossed the river near Lake Fitri.")]
    [InlineData("Forty Chadian soldiers were wounded near Lake Fitri.")]
    [InlineData("The Chadian authorities closed the road near Lake Fitri.")]
    public void NationalsAreTheirCountryWhenTheArticleNamesNoForceOfIt(string text)
    {
        var context = Extractors.Mentions(text);

        Assert.DoesNotContain(context.Mentions, m => m.Entity?.Kind == EntityKind.Organisation);
        Assert.Contains(context.Mentions, m => m.Entity is { Kind: EntityKind.Country, Name: "Chad" });
    }

    [Theory]
    [InlineData("The Chadian army said Chadian troops crossed the river.")]
    [InlineData("Chad's army commander said Chadian troops crossed the river.")]
    public void NationalsAreTheCountrysForceWhenTheArticleNamesIt(string text)
    {
        var context = Extractors.Mentions(text);

        var troops = context.Mentions.Single(m => context.Text(m.FirstToken, m.EndToken) == "Chadian troops");
        Assert.Equal(EntityKind.Organisation, troops.Entity!.Kind);
    }

    [Fact]
    public void DemonymForcesBecomeOneBodyOfTheirCountry()
    {
        var context = Extractors.Mentions("Malian security forces attacked. Malian forces then withdrew in Mali.");

        var bodies = context.Mentions.Where(m => m.Entity?.Kind == EntityKind.Organisation).Select(m => m.Entity).Distinct().ToList();

        var body = Assert.Single(bodies);
        Assert.Equal("ML", body!.CountryIso);
    }

    [Fact]
    public void TheAllianceRefersBackToTheAllianceNamedBefore()
    {
        var context = Extractors.Mentions("NATO met on Monday. The alliance said nothing, and the alliance left.");

        Assert.Equal(2, context.Mentions.Count(m => m.Form == MentionForm.Anaphor && m.Entity?.Name == "NATO"));
    }

    [Theory]
    [InlineData("the Islamist group")]
    [InlineData("the paramilitary group")]
    [InlineData("the outlawed movement")]
    [InlineData("the separatist militia")]
    [InlineData("the militia")]
    public void ADescribedGroupNounRefersBackToTheGroupNamedBefore(string description)
    {
        var context = Extractors.Mentions($"Troops clashed with Boko Haram near Maiduguri. In a statement, {description} said it had lost two men.");

        Assert.Contains(context.Mentions, m => m.Form == MentionForm.Anaphor && m.Entity?.Name == "Boko Haram");
    }

    [Fact]
    public void AProvinceNameInACityPlaceIsTheCity()
    {
        Assert.DoesNotContain(Mentions("Protests spread in the city of Kandahar, Afghanistan."), m => m.Kind == EntityKind.Province);
        Assert.DoesNotContain(Mentions("Clashes broke out in Aleppo, Syria."), m => m.Kind == EntityKind.Province);
        Assert.Equal(2, Mentions("Kandahar province is calm. Protests spread in the city of Kandahar, Afghanistan.").Count(m => m.Kind == EntityKind.Province));
    }

    [Fact]
    public void AProvinceNameNeverInACityPlaceIsTheProvince()
    {
        Assert.Contains(Mentions("Fighting spread across Balochistan, Pakistan."), m => m.Kind == EntityKind.Province && m.Entity == "Balochistan");
    }

    [Fact]
    public void AnAcronymMeansWhatTheArticleDefines()
    {
        var mentions = Mentions("The Rwanda Security Forces (RSF) arrived. The RSF then moved north.");

        Assert.DoesNotContain(mentions, m => m.Entity == "Rapid Support Forces");
        Assert.Equal(3, mentions.Count(m => m.Entity == "Rwanda Security Forces"));
    }

    [Fact]
    public void AProvinceWhoseNameIsAnEverydayWordNeedsItsTypeWord()
    {
        Assert.DoesNotContain(Mentions("Boats crossed the bay to Nigeria."), m => m.Kind == EntityKind.Province);
        Assert.Contains(Mentions("Boats reached Delta State in Nigeria."), m => m.Kind == EntityKind.Province);
    }

    [Theory]
    [InlineData("Zambia's foreign ministry summoned the envoy. The Zambian Foreign Ministry later said talks would resume.")]
    [InlineData("The Zambian foreign ministry summoned the envoy. Zambia's Foreign Ministry later said talks would resume.")]
    public void AMinistryOwnedByItsCountryOrItsDemonymIsOneBody(string text)
    {
        var ministry = Assert.Single(Extractors.Extract(text).Entities, e => e.Name.Contains("ministry", StringComparison.OrdinalIgnoreCase));

        Assert.Contains(ministry.Aliases.Append(ministry.Name), n => n.StartsWith("Zambian", StringComparison.Ordinal));
        Assert.Contains(ministry.Aliases.Append(ministry.Name), n => n.StartsWith("Zambia's", StringComparison.Ordinal));
    }

    [Fact]
    public void WhereABodyNamedBeforeMeetsIsNoPartOfItsName()
    {
        var mentions = Mentions("The Lakeland Liberation Front attacked a base on Monday. Malawi's government said it had held talks with the "
                                + "Lakeland Liberation Front in Lilongwe.");

        Assert.Equal(2, mentions.Count(m => m.Entity == "Lakeland Liberation Front"));
        Assert.DoesNotContain(mentions, m => m.Entity.EndsWith("Lilongwe", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Zambia closed the border. Copperbelt Governor Elisha Matambo said the road was open.", "Copperbelt")]
    [InlineData("Zambia closed the border. Lusaka Province Minister Sheal Mulyata said the road was open.", "Lusaka")]
    public void AProvinceBeforeATitleIsStillTheProvince(string text, string province)
    {
        Assert.Contains(Mentions(text), m => m.Entity == province && m.Kind == EntityKind.Province);
    }

    [Theory]
    [InlineData("Fighting spread across Zambia's Northern Province on Sunday.", "ZM-05")]
    [InlineData("Rwandan troops patrolled the Northern Province.", "RW-03")]
    public void ACompassNamedProvinceIsTheOneOfTheCountryNamed(string text, string iso)
    {
        var province = Assert.Single(Extractors.Extract(text).Entities.OfType<Province>());

        Assert.Equal(iso, province.IsoCode);
    }

    [Fact]
    public void ThePublishingOutletIsNotAnEntityOfItsOwnArticle()
    {
        var graph = Extractors.RuleBased.Extract(
            new GeoGraph.Core.Extraction.ArticleInput("KABUL (Kabul Daily News) - The Taliban said on Monday that fighting stopped. Kabul Daily News reported the same.", Outlet: "Kabul Daily News"),
            Extractors.ImportedAt);

        Assert.DoesNotContain(graph.Entities, e => e.Name == "Kabul Daily News");
    }
}
