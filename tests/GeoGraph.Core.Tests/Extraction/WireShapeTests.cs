using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// Shapes of wire copy (issue 3, probe articles): "without" qualifying the act, vows at the verb of saying, vague
/// "-linked" ties, a group claiming its own attack, hyphenated objects. Each in an invented sentence.
/// </summary>
public sealed class WireShapeTests
{
    private static List<string> Relations(string text) => RelationTexts.Asserted(text);

    [Theory]
    [InlineData("The Colombian army said it bombed ELN camps near the border, without giving details.", "Colombian army ATTACKS National Liberation Army")]
    [InlineData("The Nigerian army said ISWAP had carried out the raid, without providing evidence.", "Nigerian Army ACCUSES Islamic State West Africa Province")]
    public void WithoutAfterTheVerbDoesNotDenyIt(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Fact]
    public void AQuoteWithWithoutIsNotNegated()
    {
        var graph = Extractors.Extract("\"They want a ceasefire without handing over their weapons,\" a Colombian army officer said of the ELN.");

        Assert.Contains(graph.Claims, c => !c.Negated);
    }

    [Fact]
    public void AVowToFightUntilAnActorIsDefeatedThreatensItForTheOfficialsSide()
    {
        Assert.Contains("Nigeria THREATENS Boko Haram", Relations("Nigerian President Bola Tinubu has vowed to continue the war until Boko Haram is defeated."));
    }

    [Fact]
    public void AVowAgainstThoseResponsibleNamesNoEnd()
    {
        Assert.Empty(Relations("Nigerian President Bola Tinubu has vowed to \"hunt down\" those responsible."));
    }

    [Theory]
    [InlineData("The Islamic State-linked ISWAP said it carried out the raid, according to the Nigerian army.")]
    [InlineData("The Islamic State-affiliated ISWAP said it carried out the raid, according to the Nigerian army.")]
    public void ALinkedGroupClaimingItsAttackAssertsNothing(string text)
    {
        Assert.Empty(Relations(text));
    }

    [Fact]
    public void AHyphenatedObjectReachesThePlaceAfterIt()
    {
        Assert.Contains("Ukrainian Armed Forces ATTACKS Russia", Relations("The Ukrainian army said its drones had struck oil-refining facilities in Russia."));
    }

    [Fact]
    public void TalksHeldSomewhereAreNegotiationNotControl()
    {
        var relations = Relations("Officials said the Somali government and al-Shabaab had held secret talks in Qatar.");

        Assert.Equal(["Somalia NEGOTIATES_WITH al-Shabaab"], relations);
    }

    [Fact]
    public void TargetsAfterABracketedAcronymAreANoun()
    {
        var relations = Relations("Turkey said it had carried out air strikes against Kurdistan Workers' Party (PKK) targets in northern Iraq.");

        Assert.Equal(["Turkey ATTACKS Kurdistan Workers' Party"], relations);
    }

    [Fact]
    public void APeaceAgreementSignedByTwoIsNegotiation()
    {
        Assert.Contains("Ethiopia NEGOTIATES_WITH Eritrea", Relations("Ethiopia and Eritrea signed a peace agreement in 2018, the statement said."));
    }

    [Fact]
    public void TheActorFoughtAgainstIsNoAlly()
    {
        Assert.DoesNotContain(Relations("The Congolese army said it was fighting alongside local militias against the M23."),
            r => r.Contains("ALLIED_WITH", StringComparison.Ordinal));
    }

    [Fact]
    public void TheFarSideOfABorderIsNotWhereTroopsAre()
    {
        Assert.DoesNotContain(Relations("Chad's army said it had deployed troops to the border with Sudan."),
            r => r.Contains("PRESENT_IN", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Burkinabe army said it had received armed drones and training from Turkey.", "Turkey SUPPORTS Burkinabe army")]
    [InlineData("The UN said the RSF had received weapons from the United Arab Emirates.", "United Arab Emirates SUPPORTS Rapid Support Forces")]
    public void WeaponsReceivedFromAnActorAreItsSupport(string text, string expected)
    {
        Assert.Equal([expected], Relations(text));
    }

    [Theory]
    [InlineData("The Turkish Defence Ministry said Turkey would strike again if the PKK attacked its soldiers.", "Turkey THREATENS Kurdistan Workers' Party")]
    [InlineData("Kenyan President William Ruto said Kenya would respond with force if al-Shabaab crossed the border.", "Kenya THREATENS al-Shabaab")]
    [InlineData("Ethiopian Prime Minister Abiy Ahmed threatened to use force if Eritrea refused to withdraw.", "Ethiopia THREATENS Eritrea")]
    public void AWarningWithItsConditionAfterThreatensTheActorOfTheCondition(string text, string expected)
    {
        Assert.Equal([expected], Relations(text));
    }

    [Theory]
    [InlineData("The army said ADF militants killed 12 villagers in Ituri province.", "Allied Democratic Forces PRESENT_IN Ituri")]
    [InlineData("Ukraine said Russian troops had been redeployed to Zaporizhzhia Oblast.", "Russia PRESENT_IN Zaporizhzhia Oblast")]
    public void MilitantsActingInAProvinceOrTroopsRedeployedThereArePresent(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Fact]
    public void TheOneKilledInAStrikeDidNotMakeTheStrike()
    {
        var relations = Relations("The Ugandan army said it had killed a senior ADF commander in a strike on eastern Congo.");

        Assert.DoesNotContain(relations, r => r.StartsWith("Allied Democratic Forces ATTACKS", StringComparison.Ordinal));
    }

    [Fact]
    public void TalksResumedByTwoAreNegotiation()
    {
        Assert.Equal(["Colombia NEGOTIATES_WITH National Liberation Army"],
            Relations("The Colombian government and the ELN resumed peace talks in Mexico City, officials said."));
    }
}
