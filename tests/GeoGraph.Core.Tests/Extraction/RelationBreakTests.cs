using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>Breaks, fights, labels and demands in the shapes news writes them: a relation cut, a fight engaged, an aggression by its demonym, a demand backed by harm.</summary>
public sealed class RelationBreakTests
{
    private static List<string> Relations(string text) => RelationTexts.Asserted(text);

    [Theory]
    [InlineData("Kenya said it was breaking off diplomatic relations with Uganda with immediate effect.")]
    [InlineData("Kenya said it had severed its diplomatic ties with Uganda.")]
    [InlineData("Kenya announced that it was suspending security cooperation with Uganda.")]
    public void BreakingOffRelationsCutsTies(string text)
    {
        Assert.Contains("Kenya CUT_TIES_WITH Uganda", Relations(text));
    }

    [Theory]
    [InlineData("Mali withdrew from ECOWAS, the junta said.", "Mali CUT_TIES_WITH ECOWAS")]
    [InlineData("Kenya recalled its ambassador to Uganda for consultations, the ministry said.", "Kenya CUT_TIES_WITH Uganda")]
    public void LeavingABodyOrRecallingAnEnvoyCutsTies(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Theory]
    [InlineData("Kenya withdrew from Somalia last year, the ministry said.")]
    [InlineData("The ministry said Kenyan troops had pulled out of Somalia.")]
    public void LeavingACountrysGroundCutsNoTies(string text)
    {
        Assert.DoesNotContain(Relations(text), r => r.Contains("CUT_TIES_WITH", StringComparison.Ordinal));
    }

    [Fact]
    public void FightersEngagingAForceAttackIt()
    {
        Assert.Contains("Lord's Resistance Army ATTACKS Uganda People's Defence Force",
            Relations("The LRA said its fighters were engaging the Uganda People's Defence Force near the border."));
    }

    [Fact]
    public void EngagingInTalksIsNoFight()
    {
        Assert.DoesNotContain(Relations("Kenya said it was engaged in talks with Uganda."), r => r.Contains("ATTACKS", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kenya called the strike a brutal Ugandan aggression.")]
    [InlineData("Kenya said the shelling amounted to Ugandan war crimes.")]
    public void ADemonymBeforeALabelNamesTheAccused(string text)
    {
        Assert.Contains("Kenya ACCUSES Uganda", Relations(text));
    }

    [Theory]
    [InlineData("Kenya said the LRA must withdraw from the positions it had seized or face further strikes.")]
    [InlineData("Kenya said it had struck LRA camps and demanded that the LRA withdraw from the positions it had seized or face further strikes.")]
    [InlineData("Kenya said it had ordered the LRA to leave the border districts or face an assault.")]
    public void ADemandBackedByHarmThreatensTheOneItIsMadeOf(string text)
    {
        Assert.Contains("Kenya THREATENS Lord's Resistance Army", Relations(text));
    }

    [Fact]
    public void AnOrderWithoutHarmThreatensNobody()
    {
        Assert.DoesNotContain(Relations("Kenya said it had ordered the LRA to leave the border districts."), r => r.Contains("THREATENS", StringComparison.Ordinal));
    }

    [Fact]
    public void ADemandWithoutHarmThreatensNobody()
    {
        Assert.DoesNotContain(Relations("Kenya said the LRA must withdraw from the positions it had seized or lose the talks."),
            r => r.Contains("THREATENS", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kenya said the LRA resorts to lies to bolster its reputation.")]
    [InlineData("Kenya said the claims were LRA propaganda.")]
    public void CallingWhatAnActorSaysLiesAccusesIt(string text)
    {
        Assert.Contains("Kenya ACCUSES Lord's Resistance Army", Relations(text));
    }

    [Theory]
    [InlineData("Kenya said control of the town now lies with the LRA.")]
    [InlineData("Kenya said everyone knows where the problem lies. The LRA must stop.")]
    public void TheVerbLiesAccusesNobody(string text)
    {
        Assert.DoesNotContain(Relations(text), r => r.Contains("ACCUSES", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The LRA attacked the camp. The LRA has attacked before. Kenya vowed to punish those responsible.")]
    [InlineData("The LRA attacked the camp. The LRA has attacked before. \"We will pursue those behind this raid,\" Kenya said.")]
    public void ForcePromisedAgainstWhoeverDidItThreatensTheGroupNamedMost(string text)
    {
        Assert.Contains("Kenya THREATENS Lord's Resistance Army", Relations(text));
    }

    [Fact]
    public void FindingThoseResponsibleThreatensNobody()
    {
        Assert.DoesNotContain(Relations("The LRA attacked the camp. Kenya said operations were under way to find those responsible."),
            r => r.Contains("THREATENS", StringComparison.Ordinal));
    }

    [Fact]
    public void EngagingPartnersIsNoFight()
    {
        Assert.DoesNotContain(Relations("Kenya said its army had engaged its military counterparts in Uganda."), r => r.Contains("ATTACKS", StringComparison.Ordinal));
    }
}
