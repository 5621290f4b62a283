using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>Attacks not yet made: vowed or announced (a threat), planned or supposed (nothing yet).</summary>
public sealed class RelationIntentTests
{
    private static List<string> Relations(string text) => RelationTexts.Asserted(text);

    [Theory]
    [InlineData("The army said the Lord's Resistance Army vowed to fight Uganda until the end.", "Lord's Resistance Army THREATENS Uganda")]
    [InlineData("The army said the LRA will attack Kenya.", "Lord's Resistance Army THREATENS Kenya")]
    [InlineData("The LRA vowed to continue its attacks on Kenya.", "Lord's Resistance Army THREATENS Kenya")]
    [InlineData("The LRA promised to hit back at Kenya.", "Lord's Resistance Army THREATENS Kenya")]
    public void AnAttackVowedOrAnnouncedIsAThreat(string text, string expected)
    {
        var relations = Relations(text);

        Assert.Contains(expected, relations);
        Assert.DoesNotContain(expected.Replace("THREATENS", "ATTACKS", StringComparison.Ordinal), relations);
    }

    [Theory]
    [InlineData("The army said the LRA is planning to attack Kenya.")]
    [InlineData("Kenya said it would respond to any attack by the LRA.")]
    public void AnAttackPlannedOrSupposedAssertsNoAttack(string text)
    {
        Assert.DoesNotContain(Relations(text), r => r.Contains("ATTACKS", StringComparison.Ordinal));
    }

    [Fact]
    public void AClauseWithAnUnnamedSubjectOfItsOwnTakesNoDoerFromTheClauseBefore()
    {
        var relations = Relations("The army said the LRA had been armed by Sudan, and government aircraft carried out strikes on its camps.");

        Assert.DoesNotContain(relations, r => r.StartsWith("Sudan ATTACKS", StringComparison.Ordinal));
    }

    [Fact]
    public void ASecondVerbAfterAndThenSharesTheFirstOnesSubject()
    {
        var relations = Relations("The army said the LRA attacked Kenya, and then struck Uganda.");

        Assert.Contains("Lord's Resistance Army ATTACKS Uganda", relations);
        Assert.DoesNotContain("Kenya ATTACKS Uganda", relations);
    }

    [Theory]
    [InlineData("Kenya said the LRA and Ansaru had become legitimate targets.", "Kenya THREATENS Ansaru")]
    [InlineData("Kenya said it considers the LRA a legitimate target.", "Kenya THREATENS Lord's Resistance Army")]
    public void ActorsDeclaredTargetsAreThreatened(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Fact]
    public void MilitaryTargetsStruckAreNoDeclaration()
    {
        Assert.DoesNotContain(Relations("Kenya said its forces struck military targets."), r => r.Contains("THREATENS", StringComparison.Ordinal));
    }

    [Fact]
    public void ARightReservedToRespondThreatensTheOtherActorNamed()
    {
        const string text = "The foreign ministry said Kenya reserves the right to respond to this illegal act and the responsibility for the consequences will lie with Uganda.";

        Assert.Contains("Kenya THREATENS Uganda", Relations(text));
    }

    [Fact]
    public void ARightToDefendItselfThreatensNobody()
    {
        Assert.DoesNotContain(Relations("Kenya said it reserves the right to defend itself against the LRA."), r => r.Contains("THREATENS", StringComparison.Ordinal));
    }
}
