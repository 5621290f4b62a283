using GeoGraph.Core.Model;
using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// Who acts when the phrase around a relation cue is long: a strike named by its maker with a place inside its phrase, a death
/// in an attack told with its doer after "by", ground shared out rather than membership, the side of one quoted inside a claim.
/// </summary>
public sealed class RelationPhraseTests
{
    private static List<string> Relations(string text) => RelationTexts.Asserted(text);

    [Theory]
    [InlineData("A Kenyan drone strike on a camp in northern Gulu on Thursday killed a senior commander of the LRA, the Kenyan army said.")]
    [InlineData("A Kenyan air strike on a base in eastern Gulu killed a senior commander of the LRA, the Kenyan army said.")]
    public void TheMakerOfAStrikeActsAndAPlaceInsideItsPhraseDoesNot(string text)
    {
        var relations = Relations(text);

        Assert.Contains("Kenya ATTACKS Lord's Resistance Army", relations);
        Assert.DoesNotContain(relations, r => r.StartsWith("Uganda ", StringComparison.Ordinal));
    }

    [Fact]
    public void AStateWhoseCapitalIsTheSubjectStillActs()
    {
        Assert.Contains("Uganda ATTACKS Lord's Resistance Army", Relations("Kenya said Kampala attacked the LRA near Gulu."));
    }

    [Theory]
    [InlineData("The LRA said its commander was killed in a bombing by a Ugandan drone.", "Uganda ATTACKS Lord's Resistance Army")]
    [InlineData("The LRA said two of its fighters died in an ambush by Kenyan troops near Gulu.", "Kenya ATTACKS Lord's Resistance Army")]
    public void OneHarmedInAnAttackByAnotherIsItsTarget(string text, string expected)
    {
        var relations = Relations(text);

        Assert.Contains(expected, relations);
        Assert.DoesNotContain(relations, r => r.StartsWith("Lord's Resistance Army ATTACKS", StringComparison.Ordinal));
    }

    [Fact]
    public void OneHarmedWithNoDoerNamedIsNoTarget()
    {
        Assert.Empty(Relations("The LRA said its commander was killed in a bombing near Gulu."));
    }

    [Theory]
    [InlineData("The LRA said its fighters had taken control of part of the Ugandan army's base.")]
    [InlineData("The LRA said it had seized a large part of the Ugandan army's camp.")]
    public void APartOfGroundTakenIsNoMembership(string text)
    {
        Assert.DoesNotContain(Relations(text), r => r.Contains("PART_OF", StringComparison.Ordinal));
    }

    [Fact]
    public void BeingPartOfABodyIsStillMembership()
    {
        Assert.Contains("Lord's Resistance Army PART_OF al-Qaeda", Relations("Kenya said the LRA was part of al-Qaeda."));
    }

    [Fact]
    public void TheSideOfOneQuotedInsideAClaimIsThatOnes()
    {
        var relations = Relations("The LRA has claimed the attack, saying its fighters killed eight Kenyan soldiers, the SITE Intelligence Group said.");

        Assert.Contains("Lord's Resistance Army ATTACKS Kenya", relations);
        Assert.DoesNotContain(relations, r => r.StartsWith("SITE Intelligence Group", StringComparison.Ordinal));
    }

    [Fact]
    public void AParticipleAfterACommaSharesTheSubjectOfTheActBeforeIt()
    {
        var relations = Relations("The LRA said it had ambushed a convoy of the Ugandan army and its Kenyan allies near Gulu, killing 50 Wagner fighters.");

        Assert.Contains("Lord's Resistance Army ATTACKS Wagner Group", relations);
        Assert.DoesNotContain("Kenya ATTACKS Wagner Group", relations);
    }

    [Fact]
    public void AHeadingInCapitalsNamesNoGang()
    {
        var graph = Extractors.Extract("THE FACTS AS REPORTED\n\nGunmen attacked a church in Gulu.\n\nKenya said the gunmen belonged to a terrorist organisation.");

        Assert.DoesNotContain(graph.Entities.OfType<Group>(), g => g.Name.Contains("REPORTED", StringComparison.Ordinal));
    }
}
