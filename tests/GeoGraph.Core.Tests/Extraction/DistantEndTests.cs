using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// Relation ends that stand away from the cue, found missing on the third development set (issue 3): subjects of
/// coordinated vows, participles and subordinate clauses, members acting for their group, possessed fighters and
/// "them" as objects, a province in apposition to a town. Each in an invented sentence about another conflict.
/// </summary>
public sealed class DistantEndTests
{
    private static List<string> Relations(string text) => RelationTexts.Asserted(text);

    [Theory]
    [InlineData("The Sudanese army said the Rapid Support Forces had been routed and vowed to pursue its remaining fighters across the region.", "Sudanese Armed Forces THREATENS Rapid Support Forces")]
    [InlineData("The Rapid Support Forces crossed the river at night. \"We fired on them and they fled,\" Sudanese army spokesman Nabil Abdallah said.", "Sudanese Armed Forces ATTACKS Rapid Support Forces")]
    [InlineData("The Sudanese army said the Rapid Support Forces had carried out a provocation near the river, mining supply routes and firing on Sudanese positions.", "Rapid Support Forces ATTACKS Sudan")]
    public void AnEndAwayFromTheCueIsFoundThroughTheClause(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Fact]
    public void TheOneARelativeClauseDescribesIsTheSubjectOfTheDescription()
    {
        var relations = Relations("\"The Lord's Resistance Army, an outfit that many describe as a front for the Rapid Support Forces, attacked the convoy,\" the Sudanese army said.");

        Assert.Contains("Lord's Resistance Army PART_OF Rapid Support Forces", relations);
    }

    [Fact]
    public void MembersOfAGroupActForItAndTheObjectOfAnEarlierVerbDoesNot()
    {
        var relations = Relations("The Sudanese army said fighters of the Rapid Support Forces had ambushed Chadian troops and attacked Sudanese positions.");

        Assert.Contains("Rapid Support Forces ATTACKS Sudan", relations);
        Assert.DoesNotContain("Chad ATTACKS Sudan", relations);
    }

    [Fact]
    public void ThePronounOfASubordinateClauseIsTheMainClausesSubject()
    {
        var relations = Relations("The Pentagon said Kenyan troops have killed 300 al-Shabaab fighters since they were deployed in Somalia.");

        Assert.Contains("Kenya PRESENT_IN Somalia", relations);
        Assert.DoesNotContain("al-Shabaab PRESENT_IN Somalia", relations);
    }

    [Fact]
    public void AVerbAfterAndIsNotAnAdjectiveOfTheActorBefore()
    {
        var relations = Relations("The Kenyan Foreign Ministry said it condemns the violence in Somalia and backed the Somali army.");

        Assert.DoesNotContain(relations, r => r.StartsWith("Somalia SUPPORTS", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Ethiopian government said Eritrean troops are now dug in on Ethiopian soil.", "Eritrea PRESENT_IN Ethiopia")]
    [InlineData("KHARTOUM, 3 May - Sudanese army troops are back in Kassala, the Kassala State town, the Sudanese army said.", "Sudanese Armed Forces PRESENT_IN Kassala State")]
    public void ForcesDugInOrBackInAPlaceArePresentThere(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Fact]
    public void ResponsibilityLaidOnAnActorAccusesIt()
    {
        var relations = Relations("\"The responsibility lies with the military and political leadership of Eritrea,\" the Ethiopian government said.");

        Assert.Contains(relations, r => r.EndsWith("ACCUSES Eritrea", StringComparison.Ordinal));
    }

    [Fact]
    public void GovernmentSoldiersAreTheHomeCountrysForce()
    {
        var relations = Relations("KHARTOUM, 3 May - The Sudanese army lost a town on Monday. \"We fought the government soldiers this morning,\" the Rapid Support Forces said in a statement.");

        Assert.Contains("Rapid Support Forces ATTACKS Sudanese Armed Forces", relations);
    }
}
