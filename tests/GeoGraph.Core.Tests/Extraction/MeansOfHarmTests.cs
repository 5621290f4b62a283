using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// An act named after "in" as the means of a killing already read ("killed 30 LRA fighters in airstrikes on their
/// camps") adds no relation: its "their" is the victims', not the speaker's side, and its doer is the killer.
/// </summary>
public sealed class MeansOfHarmTests
{
    [Fact]
    public void TheVictimsDoNotAttackTheKiller()
    {
        var relations = RelationTexts.Asserted("Kenya said Uganda had killed 30 LRA fighters in airstrikes on their camps.");

        Assert.Equal(["Uganda ATTACKS Lord's Resistance Army"], relations);
    }

    [Fact]
    public void AnAttackWithItsOwnTargetIsStillReadWhenTheKillingNamesNoSide()
    {
        Assert.Contains("Uganda ATTACKS Lord's Resistance Army", RelationTexts.Asserted("Kenya said Uganda had killed 30 civilians in an attack on the LRA."));
    }
}
