using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// Ties ended ("ending its defence cooperation agreement with X"), charges laid on a pair named before "accusing them",
/// threats of a reckoning, red lines crossed, reinforcements a police force sends, the state's "regular troops", and a
/// group said to be the main group somewhere or to carry out attacks there.
/// </summary>
public sealed class ChargeAndPresenceShapeTests
{
    private static List<string> Relations(string text) => RelationTexts.Asserted(text);

    [Theory]
    [InlineData("Kenya's foreign ministry announced that it was ending its defence cooperation agreement with Uganda.", "Kenya's foreign ministry CUT_TIES_WITH Uganda")]
    [InlineData("Kenya said it had scrapped its security pact with Uganda.", "Kenya CUT_TIES_WITH Uganda")]
    public void EndingAnAgreementCutsTheTie(string text, string expected)
    {
        var relations = Relations(text);

        Assert.Contains(expected, relations);
        Assert.DoesNotContain(relations, r => r.Contains("NEGOTIATES_WITH", StringComparison.Ordinal) || r.Contains("ALLIED_WITH", StringComparison.Ordinal));
    }

    [Fact]
    public void SigningAPactStillAllies()
    {
        Assert.Contains("Kenya ALLIED_WITH Uganda", Relations("Kenya said it had signed a security pact with Uganda."));
    }

    [Fact]
    public void ThemAfterAParticipleIsThePairNamedBefore()
    {
        var relations = Relations("The US Treasury placed the LRA and the ADF under sanctions, accusing them of serious human rights abuses.");

        Assert.Contains("US Treasury ACCUSES Lord's Resistance Army", relations);
        Assert.Contains("US Treasury ACCUSES Allied Democratic Forces", relations);
    }

    [Theory]
    [InlineData("LRA spokesman John Okello said Uganda would face a harsh reckoning.", "Lord's Resistance Army THREATENS Uganda")]
    [InlineData("LRA spokesman John Okello said Uganda had crossed every red line.", "John Okello ACCUSES Uganda")]
    public void AReckoningPromisedThreatensAndARedLineCrossedAccuses(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Fact]
    public void FacingQuestionsIsNoThreat()
    {
        Assert.Empty(Relations("LRA spokesman John Okello said Uganda would face questions."));
    }

    [Fact]
    public void ReinforcementsAPoliceForceDeployedAreItsOwn()
    {
        Assert.Contains("National Police Service PRESENT_IN Mandera", Relations("The Kenyan police said reinforcements had been deployed to Mandera."));
    }

    [Fact]
    public void RegularTroopsAreTheStatesArmy()
    {
        Assert.Contains("Sudan Shield Forces ALLIED_WITH Sudanese Armed Forces",
            Relations("KHARTOUM - The Sudanese army retook the city. The Sudan Shield Forces said its fighters fought alongside regular troops in Gezira state."));
    }

    [Theory]
    [InlineData("MOGADISHU, Somalia - Al-Shabaab is the most powerful armed group in Lower Shabelle, according to the United Nations.")]
    [InlineData("MOGADISHU, Somalia - Al-Shabaab remains the dominant force in Lower Shabelle, the UN said.")]
    public void AGroupSaidToBeTheMainGroupSomewhereIsPresentThere(string text)
    {
        Assert.Contains("al-Shabaab PRESENT_IN Lower Shabelle", Relations(text));
    }

    [Theory]
    [InlineData("MOGADISHU, Somalia - Al-Shabaab is not the largest group in Lower Shabelle, the UN said.")]
    [InlineData("Al-Shabaab is the largest group in Somalia's history, the UN said.")]
    public void NoPresenceWhenDeniedOrWhenThePlaceOnlyQualifies(string text)
    {
        Assert.DoesNotContain(Relations(text), r => r.Contains("PRESENT_IN", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Nigerian army said ISWAP carried out 38 attacks in Borno and Yobe this year.", "Yobe")]
    [InlineData("Police said ISWAP has launched a series of coordinated raids in Yobe, Nigeria.", "Yobe")]
    [InlineData("Police said ISWAP carried out a deadly raid in Yobe, Nigeria.", "Yobe")]
    public void ASideIsWhereItCarriesOutAttacksOnTheGround(string text, string place)
    {
        Assert.Contains("Islamic State West Africa Province PRESENT_IN " + place, RelationTexts.Asserted(text));
    }

    [Theory]
    [InlineData("Nigeria said it condemned the attacks in Borno and Yobe.")]
    [InlineData("Nigeria denied that its troops had carried out raids in Niger.")]
    public void AttacksCondemnedOrDeniedPutNoOneWhereTheyHappened(string text)
    {
        Assert.DoesNotContain(RelationTexts.Asserted(text), r => r.Contains("PRESENT_IN", StringComparison.Ordinal));
    }
}
