using GeoGraph.Core.Model;
using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

public sealed class OfficialFinderTests
{
    [Theory]
    [InlineData("The Malaysian facilitator, Rahim Yusof, relayed the demands to Bangkok.", "Rahim Yusof", "facilitator")]
    [InlineData("Police said Los Zetas boss Miguel Trevino was arrested.", "Miguel Trevino", "boss")]
    [InlineData("Hamas commander Yakob Murib set the plane on fire.", "Yakob Murib", "commander")]
    [InlineData("Austrian Chancellor Karl Weber flew to Kyiv.", "Karl Weber", "chancellor")]
    [InlineData("Chief Minister Anil Rao visited the camp.", "Anil Rao", "chief minister")]
    [InlineData("The opposition lawmaker Grace Mumba was arrested.", "Grace Mumba", "lawmaker")]
    [InlineData("\"We will win,\" said John Phiri, a spokesman.", "John Phiri", "spokesman")]
    [InlineData("\"They burned everything,\" said Mary Banda, a resident of the town.", "Mary Banda", "resident of the town")]
    [InlineData("\"We are very afraid of them,\" said Peter Zulu, a farmer.", "Peter Zulu", "farmer")]
    [InlineData("John Okello, a presidential aide, said the troops would stay in the country for a while.", "John Okello", "presidential aide")]
    [InlineData("Jane Achieng, a fellow at the Rift Valley Institute, said the troops would stay.", "Jane Achieng", "fellow")]
    [InlineData("The families' lawyer, Peter Ouma, read out a letter from his client.", "Peter Ouma", "lawyer")]
    [InlineData("Ali Hassan, a clan elder, said the fighters had left the town.", "Ali Hassan", "clan elder")]
    public void MediatorsGangBossesAndCommandersAreOfficials(string text, string name, string role)
    {
        var official = Assert.IsType<Official>(Assert.Single(Extractors.Extract(text).Entities, e => e.Name == name));

        Assert.Equal(role, official.Role);
    }

    [Theory]
    [InlineData("John Okello, one of the elders, said the fighters had left the town.", "John Okello", "elder")]
    [InlineData("One of the elders, John Okello, told reporters the fighters had left the town.", "John Okello", "elder")]
    [InlineData("One of the LRA's senior commanders, Ali Kony, said the fighters had left the town.", "Ali Kony", "senior commander")]
    [InlineData("The statement was read by one of its members, Colonel Amos Lado, on Monday.", "Amos Lado", "member")]
    public void OneOfSeveralHoldersOfAnOfficeIsAnOfficial(string text, string name, string role)
    {
        var graph = Extractors.Extract(text);

        var official = Assert.IsType<Official>(Assert.Single(graph.Entities, e => e.Name == name));
        Assert.Equal(role, official.Role);
        Assert.All(graph.Claims, c => Assert.Equal(name, Extractors.NameOf(graph, c.Speaker)));
    }

    [Theory]
    [InlineData("Kenya said it was one of the")]
    [InlineData("Kenya said it was one of the LRA's")]
    [InlineData("Kenya said it met the Turkana Ministry of")]
    public void ATextEndingInsideAnOfficeOrAMinistryIsReadWithoutFault(string text)
    {
        Assert.DoesNotContain(Extractors.Extract(text).Entities, e => e is Official);
    }

    [Theory]
    [InlineData("Major General Anna Bauer, head of operations for the European Union, spoke.", "Anna Bauer", "Major General", "European Union")]
    [InlineData("Houthi spokesman Kareem Fadel said the ship was hit in Yemen.", "Kareem Fadel", null, "Houthis")]
    [InlineData("Omar Haddad, UNICEF country director, said aid was late.", "Omar Haddad", null, "UNICEF")]
    [InlineData("Mohammed Ali, a spokesman for the Taliban, said so.", "Mohammed Ali", null, "Taliban")]
    [InlineData("Lt. Col. Peter Brandt said the base was quiet.", "Peter Brandt", "Lieutenant Colonel", null)]
    [InlineData("The Kenya Defence Forces moved north. Kenyan army spokesman Peter Ouma said the base was quiet.", "Peter Ouma", null, "Kenya Defence Forces")]
    [InlineData("\"The operation will go on\", said the police spokesperson, Commissioner Grace Mumba, at a briefing.", "Grace Mumba", null, null)]
    public void ReadsTitleNameAndOrganisationInAnyOrder(string text, string name, string? title, string? organisation)
    {
        var context = Extractors.Mentions(text);

        var official = context.Entities.All.Single(e => e.Kind == EntityKind.Official);

        Assert.Equal(name, official.Name);
        Assert.Equal(title, official.Title);
        Assert.Equal(organisation, official.Organisation?.Name);
    }

    [Theory]
    [InlineData("Chadian lawmaker Park Min-jae told reporters the border was closed.", "Park Min-jae")]
    [InlineData("Police Commissioner RK Menon said the road was closed.", "RK Menon")]
    [InlineData("Police constable Arun Das was wounded in the clash.", "Arun Das")]
    [InlineData("Kenyan Minister of Defence John Kamau said the army would stay.", "John Kamau")]
    [InlineData("Kenyan Minister of State for Foreign Affairs John Kamau said the army would stay.", "John Kamau")]
    [InlineData("Kenyan Cabinet Secretary for Interior John Kamau said the police would stay.", "John Kamau")]
    [InlineData("US Special Envoy for Sudan John Kamau said the talks would resume.", "John Kamau")]
    public void ReadsNamesWrittenWithHyphenatedSyllablesInitialsOrAfterARankOrAPortfolio(string text, string name)
    {
        var context = Extractors.Mentions(text);

        Assert.Contains(context.Entities.All, e => e.Kind == EntityKind.Official && e.Name == name);
    }

    [Fact]
    public void TheRoleIsTheOfficeAsWritten()
    {
        var context = Extractors.Mentions("Sara Lind, deputy head of mission for the United Nations, said so.");

        var official = context.Entities.All.Single(e => e.Kind == EntityKind.Official);

        Assert.Equal("deputy head of mission", official.Role);
        Assert.Equal("United Nations", official.Organisation?.Name);
    }

    [Theory]
    [InlineData("Omar Kalid, the senior US adviser for Arab and African affairs, warned of a split.", "adviser for arab and african affairs")]
    [InlineData("Lina Saleh, a senior UN official, told reporters the camp was full.", "official")]
    public void AGradeBeforeTheOwnerAndCapitalisedWordsOfTheOfficeAreRead(string text, string role)
    {
        var context = Extractors.Mentions(text);

        var official = context.Entities.All.Single(e => e.Kind == EntityKind.Official);

        Assert.Equal(role, official.Role);
        Assert.NotNull(official.Organisation);
    }

    [Theory]
    [InlineData("The ambassador of the kingdom, Omar Haddou, said the group was to blame.", "Omar Haddou")]
    [InlineData("The coordinator of Lumbe civil society, Paul Asani, told reporters that 20 died.", "Paul Asani")]
    [InlineData("The Senior Divisional Officer (SDO) for Kalo, Peter Mbah, said shots were heard.", "Peter Mbah")]
    [InlineData("The district's senior superintendent of police, Imran Baig, said eight were killed.", "Imran Baig")]
    [InlineData("The ministry recalled its ambassador to Kenya, Ali Warsame, for consultations.", "Ali Warsame")]
    [InlineData("NATO sergeant Ravi Menon was hit by a bullet.", "Ravi Menon")]
    [InlineData("Karim Saleh, a former Lumbe regent, met the rebels.", "Karim Saleh")]
    public void ReadsAnOfficeWithItsPhraseBeforeTheNameBetweenCommas(string text, string name)
    {
        var context = Extractors.Mentions(text);

        Assert.Contains(context.Entities.All, e => e.Kind == EntityKind.Official && e.Name == name);
    }

    [Theory]
    [InlineData("The raid was the work of the faction led by Ali Baba Musa, police said.", "Ali Baba Musa", "leader")]
    [InlineData("Talks with the interim government, headed by Karim Saleh, stalled.", "Karim Saleh", "head")]
    public void ThePersonWhoLeadsABodyIsItsOfficial(string text, string name, string role)
    {
        var context = Extractors.Mentions(text);

        var official = context.Entities.All.Single(e => e.Kind == EntityKind.Official);

        Assert.Equal(name, official.Name);
        Assert.Equal(role, official.Role);
    }

    [Fact]
    public void ATitledNameAfterHeadedByKeepsItsTitle()
    {
        var context = Extractors.Mentions("The bureau, headed by General Tesfay Alemu, rejected the order.");

        Assert.Equal("Tesfay Alemu", Assert.Single(context.Entities.All, e => e.Kind == EntityKind.Official).Name);
    }

    [Fact]
    public void TheAbbreviationOfAnOfficeNamesNoBody()
    {
        var context = Extractors.Mentions("The Senior Divisional Officer (SDO) for Kalo, Peter Mbah, said shots were heard.");

        Assert.DoesNotContain(context.Entities.All, e => e.Kind == EntityKind.Organisation && e.Name.Contains("Officer", StringComparison.Ordinal));
    }

    [Fact]
    public void ALoneWordClosingAListBeforeAnOfficeIsAPlace()
    {
        var context = Extractors.Mentions("Shells fell on the towns of Avan, Tegh and Kornak, the spokesman of the ministry, Aram Petrosyan, wrote on Facebook.");

        Assert.Equal("Aram Petrosyan", Assert.Single(context.Entities.All, e => e.Kind == EntityKind.Official).Name);
    }

    [Fact]
    public void ARankBeforeAGivenNameIsTheOfficialNamedInFullBefore()
    {
        var context = Extractors.Mentions("Lt Gen Somchai Rattana visited the base. \"We are ready,\" Lt Gen Somchai said.");

        Assert.Equal("Somchai Rattana", Assert.Single(context.Entities.All, e => e.Kind == EntityKind.Official).Name);
    }

    [Fact]
    public void AWordGluedByAHyphenToAPlaceIsNoPerson()
    {
        var context = Extractors.Mentions("In Port-au-Prince, Prime Minister Jean Morel welcomed the troops.");

        Assert.Equal("Jean Morel", Assert.Single(context.Entities.All, e => e.Kind == EntityKind.Official).Name);
    }

    [Fact]
    public void CapitalisedWordsWithoutTitleOrRoleAreNotOfficials()
    {
        var context = Extractors.Mentions("Heavy Rain fell on Market Street in Kabul.");

        Assert.DoesNotContain(context.Entities.All, e => e.Kind == EntityKind.Official);
    }

    [Fact]
    public void AFullNameDescribedByTheOfficeItHoldsIsAnOfficial()
    {
        var graph = Extractors.Extract("Grace Mumba, who runs the local office of Caritas, sees the other side. \"We meet families who fled twice,\" she said.");

        Assert.Contains(graph.Entities, e => e is Official { Name: "Grace Mumba" });
        Assert.Equal("Grace Mumba", Extractors.NameOf(graph, Assert.Single(graph.Claims).Speaker));
    }

    [Fact]
    public void AFullNameDescribedByWhatHappenedToItIsNoOfficial()
    {
        var graph = Extractors.Extract("Grace Mumba, who was shot in the leg, was taken to hospital in Lusaka.");

        Assert.DoesNotContain(graph.Entities, e => e is Official);
    }
}
