using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

public sealed class DenialExtractionTests
{
    private static List<string> Denied(string text) => RelationTexts.Denied(text);

    private static List<string> Asserted(string text) => RelationTexts.Asserted(text);

    public static TheoryData<string, string> Denials() => new()
    {
        { "The UN said that Hamas is not negotiating with Israel.", "Hamas NEGOTIATES_WITH Israel" },
        { "Hamas denied that it is negotiating with Israel.", "Hamas NEGOTIATES_WITH Israel" },
        { "Hamas denied any contact with Israel.", "Hamas IN_CONTACT_WITH Israel" },
        { "The UN said that Hamas has never fought alongside Hezbollah.", "Hamas ALLIED_WITH Hezbollah" },
        { "The UN said that Hamas has never, despite years of pressure, fought alongside Hezbollah.", "Hamas ALLIED_WITH Hezbollah" },
        { "The UN said al-Shabaab did not attack ATMIS.", "al-Shabaab ATTACKS ATMIS" },
        { "Israel did not accuse Hezbollah of the strike, the UN said.", "Israel ACCUSES Hezbollah" },
        { "The UN said the Taliban are not able to cut ties with al-Qaeda.", "Taliban CUT_TIES_WITH al-Qaeda" },
        { "Rwanda denies sending troops to fight alongside the M23.", "Rwanda ALLIED_WITH March 23 Movement" },
        { "Rwanda denied that it backs the M23.", "Rwanda SUPPORTS March 23 Movement" },
        { "Iran rejected claims that it arms the Houthis.", "Iran SUPPORTS Houthis" },
        { "The UN said that the Houthis were not backed by Iran.", "Iran SUPPORTS Houthis" },
        { "The UN said Hezbollah will not be allowed to threaten Israel.", "Hezbollah THREATENS Israel" },
        { "The Taliban government has repeatedly denied that it shelters the TTP.", "Taliban SUPPORTS Tehrik-i-Taliban Pakistan" },
    };

    [Theory]
    [MemberData(nameof(Denials))]
    public void ANegatedStatementDeniesWhatItWouldOtherwiseAssert(string text, string expected)
    {
        Assert.Contains(expected, Denied(text));
    }

    [Theory]
    [MemberData(nameof(Denials))]
    public void ANegatedStatementAssertsNothing(string text, string denied)
    {
        Assert.DoesNotContain(denied, Asserted(text));
        Assert.Empty(Asserted(text));
    }

    [Theory]
    [InlineData("The UN said that Hamas is negotiating with Israel.")]
    [InlineData("The UN said that al-Shabaab attacked ATMIS.")]
    [InlineData("Rwanda said that it backs the M23.")]
    public void AnAssertedStatementDeniesNothing(string text)
    {
        Assert.NotEmpty(Asserted(text));
        Assert.Empty(Denied(text));
    }

    [Theory]
    [InlineData("The UN said that if Hezbollah does not attack Israel, talks would resume.")]
    [InlineData("The UN said that unless Hamas stops negotiating with Israel, the aid would continue.")]
    public void WhatAConditionSupposesIsNeitherAssertedNorDenied(string text)
    {
        Assert.Empty(Denied(text));
        Assert.Empty(Asserted(text));
    }

    [Fact]
    public void ANegationInALaterClauseLeavesTheFirstAsserted()
    {
        var text = "The UN said that Hamas is negotiating with Israel, but Hezbollah does not support the talks.";

        Assert.Contains("Hamas NEGOTIATES_WITH Israel", Asserted(text));
        Assert.DoesNotContain("Hamas NEGOTIATES_WITH Israel", Denied(text));
    }

    [Theory]
    [InlineData("The UN said Hezbollah will not be allowed to threaten Israel.", "Hezbollah SUPPORTS Israel")]
    [InlineData("The Taliban deny that militants use Afghan territory to attack Pakistan.", "Afghanistan ATTACKS Pakistan")]
    [InlineData("Iran denies arming the Houthis, the UN said.", "Iran SUPPORTS United Nations")]
    public void ADenialNamesNoActorTheSentenceDoesNotMakeOne(string text, string wrong)
    {
        Assert.DoesNotContain(wrong, Denied(text));
    }

    [Theory]
    [InlineData("The AU said that if the soldiers do not withdraw within a week, the bloc would impose sanctions.", false)]
    [InlineData("The AU said that if the soldiers had not withdrawn within a week the bloc would impose sanctions.", false)]
    [InlineData("The AU said that unless the soldiers withdraw, the bloc would not lift its sanctions.", true)]
    public void OnlyTheMainClauseAfterAConditionNegatesTheStatement(string text, bool negated)
    {
        var claim = Assert.Single(Extractors.Extract(text).Claims);

        Assert.Equal(negated, claim.Negated);
    }

    [Theory]
    [InlineData("Kenya said the LRA had rejected the proposal.", false)]
    [InlineData("Kenya said the LRA rejected the Ugandan ceasefire plan.", false)]
    [InlineData("Kenya rejected reports that it had attacked Uganda.", true)]
    public void TurningDownAnOfferIsAnActNotADenial(string text, bool negated)
    {
        var claim = Assert.Single(Extractors.Extract(text).Claims);

        Assert.Equal(negated, claim.Negated);
    }
}
