using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// Generic nouns for a state's forces ("the army", "soldiers", "police officers", "a patrol") as a relation's side: the
/// force of the country the article is set in, the right branch of it.
/// </summary>
public sealed class RelationForceNounTests
{
    private const string Dateline = "NAIROBI, Kenya — ";

    private static List<string> Relations(string text) => RelationTexts.Asserted(Dateline + text);

    [Theory]
    [InlineData("The Kenyan Air Force said on Monday that al-Shabaab had attacked the army's positions near the border.")]
    [InlineData("The Kenyan navy said al-Shabaab had attacked the army's positions near the border.")]
    public void TheArmyIsNoAirForceOrNavy(string text)
    {
        var relations = Relations(text);

        Assert.Contains("al-Shabaab ATTACKS Kenyan army", relations);
        Assert.DoesNotContain(relations, r => r.Contains("Air Force", StringComparison.Ordinal) || r.Contains("navy", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Kenyan police said al-Shabaab killed two police officers near the border.")]
    [InlineData("The Kenyan police said al-Shabaab attacked the police station in the town.")]
    public void PoliceNounsAreTheHomePoliceTheArticleNames(string text)
    {
        Assert.Contains("al-Shabaab ATTACKS National Police Service", Relations(text));
    }

    [Fact]
    public void PolicemenAreNeverTheArmy()
    {
        var relations = Relations("The Kenyan army said al-Shabaab killed three policemen near the border.");

        Assert.DoesNotContain("al-Shabaab ATTACKS Kenyan army", relations);
        // With no police named, the policemen are the home country's listed national police.
        Assert.Contains("al-Shabaab ATTACKS National Police Service", relations);
    }

    [Fact]
    public void SoldiersAndPoliceListedTogetherAreBothForces()
    {
        var relations = Relations("Al-Shabaab killed two soldiers and a police officer near the border, the Kenyan police said. The Kenyan army sent reinforcements.");

        Assert.Contains("al-Shabaab ATTACKS Kenyan army", relations);
        Assert.Contains("al-Shabaab ATTACKS National Police Service", relations);
    }

    [Theory]
    [InlineData("The army said al-Shabaab gunmen ambushed a patrol near the border.")]
    [InlineData("The army said al-Shabaab attacked a military base near the border.")]
    public void AnUnownedPatrolOrMilitaryBaseIsTheHomeArmys(string text)
    {
        Assert.Contains("al-Shabaab ATTACKS Kenyan army", Relations(text));
    }

    [Fact]
    public void ABodyNamedAsTheCountrysDefenceForcesIsItsArmy()
    {
        var relations = Relations("The Kenya People's Defence Forces said on Monday that al-Shabaab had killed six soldiers near the border.");

        Assert.Contains("al-Shabaab ATTACKS Kenya People's Defence Forces", relations);
    }

    [Fact]
    public void WeaponsSeizedFromASideAreNoSupport()
    {
        Assert.DoesNotContain(Relations("The army said al-Shabaab seized heavy weapons from the army."), r => r.Contains("SUPPORTS", StringComparison.Ordinal));
    }

    [Fact]
    public void MilitiamenAffiliatedWithTheArmyAreNotTheSpeakersMembers()
    {
        Assert.DoesNotContain(Relations("Al-Shabaab said it had killed 300 people, all of them militiamen affiliated with the army."),
            r => r.Contains("PART_OF", StringComparison.Ordinal));
    }

    [Fact]
    public void TheArmyRenamesTheHomeSecurityForcesInsteadOfASecondEntity()
    {
        var graph = Extractors.Extract(Dateline + "Kenyan security forces arrested a commander on Monday. The army said al-Shabaab had attacked a patrol near the border.");

        Assert.Contains(graph.Entities, e => e.Name == "Kenyan army");
        Assert.DoesNotContain(graph.Entities, e => e.Name == "Kenyan security forces");
    }

    [Fact]
    public void TheMilitaryIsNoAirForce()
    {
        var graph = Extractors.Extract(Dateline + "The Kenyan Air Force said on Monday that al-Shabaab fighters had fled. The military said al-Shabaab had attacked Somalia.");

        Assert.DoesNotContain(graph.Claims, c => c.Text.StartsWith("al-Shabaab had attacked", StringComparison.Ordinal)
                                                 && c.Speaker is { } s && Extractors.NameOf(graph, s) == "Kenyan Air Force");
    }

    [Fact]
    public void SoldiersKilledByAnActorAreTheHomeArmys()
    {
        Assert.Contains("al-Shabaab ATTACKS Kenyan army", Relations("The army said six soldiers were killed by al-Shabaab near the border."));
    }

    [Fact]
    public void TheGroupAfterABranchOfAnotherIsTheBranch()
    {
        var relations = Relations("Ansaru, the East African branch of al-Shabaab, claimed the raid. In its claim, the group said it had killed 20 soldiers. The Kenyan army did not comment.");

        Assert.Contains("Ansaru ATTACKS Kenyan army", relations);
        Assert.DoesNotContain("al-Shabaab ATTACKS Kenyan army", relations);
    }

    [Fact]
    public void BarePoliceAsASubjectAreTheHomePolice()
    {
        var relations = Relations("The Kenyan police did not comment. The Kenyan army said on Monday that police had killed two al-Shabaab commanders near the border.");

        Assert.Contains("National Police Service ATTACKS al-Shabaab", relations);
    }

    [Fact]
    public void TheArmySpeakingIsTheHomeForceNotAForeignOneNamedEarlier()
    {
        var graph = Extractors.Extract("DAMASCUS, Syria — The Russian army sent advisers to Syria last year. The army said HTS fighters had attacked a patrol near Aleppo.");

        var claim = Assert.Single(graph.Claims, c => c.Text.StartsWith("HTS fighters", StringComparison.Ordinal));
        Assert.Equal("Syrian Arab Army", Extractors.NameOf(graph, claim.Speaker));
    }

    [Theory]
    [InlineData("The Kenyan army said al-Shabaab gunmen had killed four Ugandan policemen near the border.")]
    [InlineData("The Kenyan army said al-Shabaab gunmen had attacked Ugandan police officers near the border.")]
    public void ForeignPoliceNamedByDemonymAreThatState(string text)
    {
        Assert.Contains("al-Shabaab ATTACKS Uganda", Relations(text));
    }

    [Theory]
    [InlineData("The LRA said its fighters had killed three Ugandan soldiers near Gulu. The Uganda People's Defence Force denied it.", "Uganda People's Defence Force")]
    [InlineData("The LRA said its fighters had killed three Ugandan crusaders near Gulu. The Uganda People's Defence Force denied it.", "Uganda People's Defence Force")]
    [InlineData("The LRA said its fighters had killed three Ugandan soldiers near Gulu.", "Uganda")]
    [InlineData("The LRA said its fighters had killed three Ugandan crusaders near Gulu.", "Uganda")]
    public void ForeignSoldiersAreTheirStatesNamedForceElseTheState(string text, string attacked)
    {
        Assert.Contains("Lord's Resistance Army ATTACKS " + attacked, RelationTexts.Asserted(text));
    }

    [Fact]
    public void TheEnemyOfAStatesForceIsTheArmedGroupTheArticleNamesMost()
    {
        Assert.Contains("Uganda People's Defence Force ATTACKS Lord's Resistance Army",
            RelationTexts.Asserted("The LRA attacked Gulu on Monday. The Ugandan army said its soldiers had struck enemy positions near Kitgum."));
    }

    [Fact]
    public void TheEnemyOfAnArmedGroupIsLeftUnread()
    {
        Assert.Empty(RelationTexts.Asserted(
            "The Ugandan army and Kenyan troops patrol Gulu. The LRA said on Monday that its fighters had struck enemy positions near Kitgum."));
    }
}
