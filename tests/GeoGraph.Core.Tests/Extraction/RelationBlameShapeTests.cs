using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>Blame and threat carried by the shape of a statement rather than by a verb of accusing or threatening.</summary>
public sealed class RelationBlameShapeTests
{
    private static List<string> Relations(string text) => RelationTexts.Asserted(text);

    [Theory]
    [InlineData("Kenya said the LRA uses the refugee camps as cover.")]
    [InlineData("Kenya said the LRA had been using the camp as a \"military base\" and civilians as \"human shields\".")]
    [InlineData("Kenya said the LRA fires near the border posts, using the peacekeepers as cover.")]
    public void UsingOthersAsCoverAccusesTheUser(string text)
    {
        Assert.Contains("Kenya ACCUSES Lord's Resistance Army", Relations(text));
    }

    [Fact]
    public void ADeniedUseOfShieldsAccusesNobody()
    {
        const string text = "Kenya said the LRA does not use civilians as human shields.";

        Assert.DoesNotContain("Kenya ACCUSES Lord's Resistance Army", Relations(text));
        Assert.Contains("Kenya ACCUSES Lord's Resistance Army", RelationTexts.Denied(text));
    }

    [Fact]
    public void ComplicityNamedAccusesTheAccomplice()
    {
        Assert.Contains("Kenya ACCUSES Uganda", Relations("Kenya said the raid was carried out by the LRA with the support and complicity of Uganda."));
    }

    [Theory]
    [InlineData("Kenya said the LRA will pay a heavy price.")]
    [InlineData("The LRA will pay dearly for this, Kenya said.")]
    [InlineData("Kenya said it would make the LRA pay dearly.")]
    public void APriceToPayThreatensThePayer(string text)
    {
        Assert.Contains("Kenya THREATENS Lord's Resistance Army", Relations(text));
    }

    [Theory]
    [InlineData("Kenya said its operations would continue until the LRA lays down its arms.")]
    [InlineData("Kenya warned that the strikes would not stop until the commander of the LRA surrendered.")]
    [InlineData("Kenya said it won't stop until the LRA disarms.")]
    public void ForcePromisedUntilAnActorYieldsThreatensIt(string text)
    {
        Assert.Contains("Kenya THREATENS Lord's Resistance Army", Relations(text));
    }

    [Fact]
    public void ForceThatWentOnUntilAnActorYieldedThreatensNobody()
    {
        Assert.DoesNotContain("Kenya THREATENS Lord's Resistance Army", Relations("Kenya said the shelling did not stop until the LRA surrendered."));
    }

    [Fact]
    public void AnUltimatumThreatensTheOneGivenIt()
    {
        Assert.Contains("Kenya THREATENS Lord's Resistance Army", Relations("Kenya said it had issued an ultimatum to the LRA."));
    }

    [Theory]
    [InlineData("Kenya said the killings were committed by the LRA.")]
    [InlineData("Kenya said the attack on the base was carried out by the LRA.")]
    [InlineData("Kenya said the LRA had masterminded the attack.")]
    public void TheAuthorOfADeedIsAccused(string text)
    {
        Assert.Contains("Kenya ACCUSES Lord's Resistance Army", Relations(text));
    }

    [Fact]
    public void AStatesOwnArmyIsNotAccusedOfTheDeedItReports()
    {
        Assert.DoesNotContain(Relations("Kenya said the army had orchestrated the attack."), r => r.StartsWith("Kenya ACCUSES", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kenya said the LRA would be crushed.")]
    [InlineData("Kenya said the LRA will be hunted down.")]
    [InlineData("Kenya said the LRA would face the full force of the law.")]
    public void AFatePromisedToAnActorThreatensIt(string text)
    {
        Assert.Contains("Kenya THREATENS Lord's Resistance Army", Relations(text));
    }

    [Fact]
    public void FacingAnOrdinaryEventThreatensNobody()
    {
        Assert.DoesNotContain("Kenya THREATENS Lord's Resistance Army", Relations("Kenya said the LRA will face elections next year."));
    }

    [Fact]
    public void ADeedTheSpeakerOnlyWondersAboutAccusesNobody()
    {
        const string text = "Kenya said it was not clear whether the attack was carried out by the LRA.";

        Assert.DoesNotContain("Kenya ACCUSES Lord's Resistance Army", Relations(text));
        Assert.DoesNotContain("Kenya ACCUSES Lord's Resistance Army", RelationTexts.Denied(text));
    }

    [Theory]
    [InlineData("Kenya said it had given the LRA an ultimatum to leave the town.", "Kenya")]
    [InlineData("Kenya said Uganda had set the LRA a 48-hour deadline to disarm.", "Uganda")]
    public void TheGiverOfAnUltimatumThreatensTheOneGivenIt(string text, string giver)
    {
        Assert.Contains($"{giver} THREATENS Lord's Resistance Army", Relations(text));
    }

    [Fact]
    public void AnUltimatumIgnoredNamesNoGiver()
    {
        Assert.DoesNotContain(Relations("Kenya said the LRA had ignored an ultimatum to surrender."), r => r.Contains("THREATENS", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kenya said it holds Uganda responsible for the attack.")]
    [InlineData("Kenya said it held Uganda accountable.")]
    public void HoldingAnActorToAccountAccusesItAndHoldsNothing(string text)
    {
        var relations = Relations(text);

        Assert.Contains("Kenya ACCUSES Uganda", relations);
        Assert.DoesNotContain("Kenya CONTROLS Uganda", relations);
    }

    [Theory]
    [InlineData("Kenya said any LRA attack would be met with a crushing response.", "Lord's Resistance Army")]
    [InlineData("Kenya warned that any Ugandan attempt to divert the river would be considered an act of war.", "Uganda")]
    public void AHostileAnswerPromisedToAnyMoveThreatensTheMover(string text, string mover)
    {
        Assert.Contains($"Kenya THREATENS {mover}", Relations(text));
    }

    [Fact]
    public void AFriendlyAnswerToAnyMoveThreatensNobody()
    {
        Assert.DoesNotContain(Relations("Kenya said any Ugandan proposal would be considered carefully."), r => r.Contains("THREATENS", StringComparison.Ordinal));
    }

    [Fact]
    public void TheOneWarnedIsThreatenedNotTheForceThatWouldAct()
    {
        var relations = Relations("Zambian President Hakainde Hichilema warned the Lakeland Liberation Front that the army would crush it.");

        Assert.Contains("Zambia THREATENS Lakeland Liberation Front", relations);
        Assert.DoesNotContain(relations, r => r.EndsWith("THREATENS Zambian army", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Zambia said its forces had dislodged the Lakeland Liberation Front from Kasama.", "Zambia ATTACKS Lakeland Liberation Front")]
    [InlineData("Zambia said its troops had pushed back the Lakeland Liberation Front near Kasama.", "Zambia ATTACKS Lakeland Liberation Front")]
    public void DrivingAnActorFromItsGroundAttacksIt(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Theory]
    [InlineData("The LRA warned that Uganda would receive its just punishment.")]
    [InlineData("The LRA said Uganda would suffer severe consequences.")]
    public void APenaltyReceivedOrSufferedThreatensTheOneWhoWillBearIt(string text)
    {
        Assert.Contains("Lord's Resistance Army THREATENS Uganda", Relations(text));
    }

    [Fact]
    public void APenaltyAlreadySufferedThreatensNoOne()
    {
        Assert.DoesNotContain("Lord's Resistance Army THREATENS Uganda", Relations("The LRA said Uganda suffered severe losses in the raid."));
    }

    [Theory]
    [InlineData("Kenya said the LRA bears ultimate responsibility for the attacks.")]
    [InlineData("Kenya said the LRA bears the primary responsibility.")]
    [InlineData("Kenya said the LRA bears responsibility as it continues its war on the north.")]
    public void ResponsibilityBorneWithOrWithoutItsDeedAccusesTheBearer(string text)
    {
        Assert.Contains("Kenya ACCUSES Lord's Resistance Army", Relations(text));
    }
}
