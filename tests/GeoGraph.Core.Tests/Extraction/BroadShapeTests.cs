using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// General shapes a relation takes in news English beyond one listed phrase (issue 3, third development set): counts
/// and national adjectives before the object, possessives, passives with a possessed patient, attacks fended off,
/// presence "across" a place or in a refuge, support received "from" a state or by its demonym, or handed over "to", terrorism as an accusation, places after
/// "and". Each in an invented sentence about a conflict outside the corpus.
/// </summary>
public sealed class BroadShapeTests
{
    private static List<string> Relations(string text) => RelationTexts.Asserted(text);

    [Theory]
    [InlineData("Chad's army said Boko Haram militants ambushed its soldiers near the lake.", "Boko Haram ATTACKS Chadian army")]
    [InlineData("Kenya's army said it had killed 40 al-Shabaab militants in an operation.", "Kenyan army ATTACKS al-Shabaab")]
    [InlineData("Somali officials said al-Shabaab fighters attacked a Kenyan army base.", "al-Shabaab ATTACKS Kenya")]
    [InlineData("The Kenyan army said its base was attacked by al-Shabaab on Monday.", "al-Shabaab ATTACKS Kenyan army")]
    [InlineData("Chad said its forces had repelled an attack by Boko Haram.", "Boko Haram ATTACKS Chad")]
    [InlineData("KHARTOUM, 3 May - The Sudanese army lost a town. The Rapid Support Forces said they had attacked federal forces near the river.", "Rapid Support Forces ATTACKS Sudanese Armed Forces")]
    public void AttacksReachTheirTargetThroughCountsAdjectivesAndPossessives(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Theory]
    [InlineData("The Nigerian army said ISWAP fighters are active across Borno State.", "Islamic State West Africa Province PRESENT_IN Borno State")]
    [InlineData("The UN said HTS was in control of Saraqib and much of Idlib province.", "Hay'at Tahrir al-Sham CONTROLS Idlib")]
    public void PlacesAcrossOrAfterAndAreRead(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Theory]
    [InlineData("Mali's junta said it had received military support from Russia.", "Russia SUPPORTS Mali")]
    [InlineData("Iran has sent drones and missiles to Russia, Ukraine said.", "Iran SUPPORTS Russia")]
    [InlineData("The UN said the Wagner Group is fighting alongside Malian troops.", "Wagner Group ALLIED_WITH Mali")]
    [InlineData("The report said Ethiopia had received Turkish drones.", "Turkey SUPPORTS Ethiopia")]
    [InlineData("The UN said the LRA had found safe haven in Sudan.", "Lord's Resistance Army PRESENT_IN Sudan")]
    [InlineData("Kenya said it had again raised \"the presence of LRA sanctuaries in Sudan\" with Khartoum.", "Lord's Resistance Army PRESENT_IN Sudan")]
    public void SupportReceivedOrHandedOverIsRead(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Fact]
    public void HumanitarianGoodsSentAreNoSupportForASide()
    {
        Assert.Empty(Relations("The UN said humanitarian agencies had sent food and medicine to Sudan."));
    }

    [Fact]
    public void SupportingTerroristsAccusesTheSupporter()
    {
        Assert.Contains("Niger ACCUSES France", Relations("Niger's junta said France was supporting terrorists in the Sahel."));
    }

    [Fact]
    public void ACueSplitByAClosingQuotationMarkIsRead()
    {
        var relations = Relations("Pentagon spokesman Tom Reyes called the Kenyan army \"a key partner\" of the United States in the fight against al-Shabaab.");

        Assert.Contains("Kenyan army ALLIED_WITH United States", relations);
        Assert.Contains("Kenyan army ATTACKS al-Shabaab", relations);
        Assert.DoesNotContain("United States ATTACKS al-Shabaab", relations);
    }

    [Fact]
    public void ADenialAskedOfAnotherIsNoDenial()
    {
        var relations = Relations("Kenya asked the Somali side to arrest the attackers as well as the al-Shabaab leadership based in Somalia, and to deny the use of Somali soil for terrorism, the Kenyan foreign ministry said.");

        Assert.Contains("al-Shabaab PRESENT_IN Somalia", relations);
    }

    [Theory]
    [InlineData("Somalia's army said five soldiers were killed by al-Shabaab in an ambush.", "al-Shabaab ATTACKS Somali National Army")]
    [InlineData("Nigeria's army said troops had killed 20 ISWAP fighters in Borno State.", "Nigerian Army ATTACKS Islamic State West Africa Province")]
    public void BareSoldiersAreTheStatesForce(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Fact]
    public void AParticipleAfterACommonNounDescribesTheNoun()
    {
        var relations = Relations("The Houthis said their forces had targeted two ships linked to Israel.");

        Assert.DoesNotContain("Houthis IN_CONTACT_WITH Israel", relations);
    }

    [Fact]
    public void ControlLostToAnActorIsTheWinnersControl()
    {
        var relations = Relations("The Syrian army said it had lost control of Idlib province to HTS.");

        Assert.Contains("Hay'at Tahrir al-Sham CONTROLS Idlib", relations);
        Assert.DoesNotContain("Syrian Arab Army CONTROLS Idlib", relations);
    }

    [Fact]
    public void AttacksRepelledAreTheAttackersAttacks()
    {
        var relations = Relations("Russia's defence ministry said its forces had repelled Ukrainian attacks in Kursk Oblast.");

        Assert.Contains(relations, r => r.StartsWith("Ukraine ATTACKS", StringComparison.Ordinal));
        Assert.DoesNotContain(relations, r => r.EndsWith("ATTACKS Ukraine", StringComparison.Ordinal));
    }

    [Fact]
    public void AParticipleInAppositionDescribesTheActor()
    {
        Assert.Contains("African Union SUPPORTS Somali National Army", Relations("Kenya's army said the Somali army, supported by African Union troops, recaptured the town."));
    }

    [Theory]
    [InlineData("Somalia's president said Ethiopia was violating Somalia's sovereignty.", true)]
    [InlineData("Somalia's president said Somalia's sovereignty was violated by the incursion.", false)]
    public void ViolatingIsAnAccusationOfTheViolator(string text, bool accused)
    {
        Assert.Equal(accused, Relations(text).Any(r => r.EndsWith("ACCUSES Ethiopia", StringComparison.Ordinal)));
        Assert.DoesNotContain(Relations(text), r => r.EndsWith("ACCUSES Somalia", StringComparison.Ordinal));
    }

    [Fact]
    public void HelpNamedAfterWithSupportsTheDoer()
    {
        Assert.Contains("Iran SUPPORTS Houthis", Relations("The US said the Houthis had attacked ships with Iranian support."));
    }

    [Fact]
    public void AnActAscribedToAnActorAfterAsIsThatActorsDoing()
    {
        var relations = Relations("The report described the attacks on Somali security forces as al-Shabaab's answer to the offensive.");

        Assert.Contains("al-Shabaab ATTACKS Somali security forces", relations);
        Assert.DoesNotContain(relations, r => r.EndsWith("ATTACKS al-Shabaab", StringComparison.Ordinal));
    }

    [Fact]
    public void TheTwoSidesOfAMutualCueAreTheArticlesTwoSides()
    {
        var relations = Relations("Kenya and Somalia clashed again. Kenya said Somalia had shelled its border posts. Somalia said Kenya had attacked first. "
                                  + "Somalia accused Kenya of lying. Kenya said Somalia was wrong. The two sides agreed to a ceasefire on Monday, the Ethiopian foreign ministry said.");

        Assert.Contains("Kenya NEGOTIATES_WITH Somalia", relations);
        Assert.DoesNotContain(relations, r => r.Contains("NEGOTIATES_WITH Ethiopia", StringComparison.Ordinal) || r.StartsWith("Ethiopia", StringComparison.Ordinal));
    }
}
