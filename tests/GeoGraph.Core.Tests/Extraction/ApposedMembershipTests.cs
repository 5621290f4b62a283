using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// Fighters described with the group they belong to in an apposition ("the gunmen, who were members of al-Shabaab,") act
/// for that group, not for the group named last; a body that is itself a member of an alliance still acts itself.
/// </summary>
public sealed class ApposedMembershipTests
{
    [Theory]
    [InlineData("The LRA attacked Gulu in May. Kenya said the gunmen, who were members of al-Shabaab, had killed 12 Kenyan soldiers.", "al-Shabaab ATTACKS Kenya")]
    [InlineData("The LRA attacked Gulu in May. Kenya said the fighters, believed to be from al-Shabaab, had ambushed a Kenyan convoy.", "al-Shabaab ATTACKS Kenya")]
    [InlineData("The army said the militants, who belong to the LRA, had attacked a Ugandan army base near Gulu.", "Lord's Resistance Army ATTACKS Uganda")]
    public void TheGroupTheFightersBelongToActs(string text, string expected)
    {
        var asserted = RelationTexts.Asserted(text);

        Assert.Contains(expected, asserted);
        Assert.DoesNotContain(asserted, r => r.StartsWith("Lord's Resistance Army ATTACKS Kenya", StringComparison.Ordinal));
    }

    [Fact]
    public void ABodyThatIsAMemberActsItself()
    {
        var text = "The ADF attacked Gulu. The UN said the group, a member of the Northern Alliance (LRA), would keep fighting alongside Kenya.";

        Assert.DoesNotContain(RelationTexts.Asserted(text), r => r.StartsWith("Lord's Resistance Army", StringComparison.Ordinal));
    }
}
