using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// Meetings, bargaining and renewed contacts told without "with" ("X and Y met", "had negotiated for nine days",
/// "resumed contacts"), a quoted fragment between two sides and their verb, "our forces" as the object of a reported quote.
/// </summary>
public sealed class MeetingShapeTests
{
    private static List<string> Relations(string text) => RelationTexts.Asserted(text);

    [Theory]
    [InlineData("The ministry said Uganda and Kenya met in Nairobi on Tuesday.", "Uganda IN_CONTACT_WITH Kenya")]
    [InlineData("The ministry said Kenyan and Ugandan officials met in Nairobi on Tuesday.", "Kenya IN_CONTACT_WITH Uganda")]
    [InlineData("The mediator said Uganda and the LRA had negotiated for nine days in Juba.", "Uganda NEGOTIATES_WITH Lord's Resistance Army")]
    [InlineData("The ministry said the Kenyan and Ugandan governments had signed a memorandum on border security.", "Kenya NEGOTIATES_WITH Uganda")]
    [InlineData("Government spokesman Isaac Mwaura said Kenya and Uganda had resumed contacts for the first time since 2023.", "Kenya IN_CONTACT_WITH Uganda")]
    public void TwoSidesThatMeetOrBargainAreInTouch(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Fact]
    public void AMeetingHeldForTalksIsANegotiation()
    {
        var relations = Relations("The foreign ministry said Kenyan and Ugandan delegations met in Nairobi on Tuesday for a new round of talks on the border.");

        Assert.Contains("Kenya NEGOTIATES_WITH Uganda", relations);
        Assert.DoesNotContain("Kenya IN_CONTACT_WITH Uganda", relations);
    }

    [Theory]
    [InlineData("The ministry said a Ugandan delegation had met Kenyan Defence Minister Aden Duale in Nairobi.", "Uganda IN_CONTACT_WITH Aden Duale")]
    [InlineData("The ministry said Uganda met the LRA in Juba.", "Uganda IN_CONTACT_WITH Lord's Resistance Army")]
    [InlineData("The LRA said it had met Kenyan officials in Nairobi this month.", "Lord's Resistance Army IN_CONTACT_WITH Kenya")]
    [InlineData("The LRA said it had held talks with Kenyan intelligence officials on prisoners.", "Lord's Resistance Army IN_CONTACT_WITH Kenya")]
    [InlineData("The LRA said it was negotiating with Kenyan mediators.", "Lord's Resistance Army NEGOTIATES_WITH Kenya")]
    public void OneSideMeetsTheOtherAsItsObject(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Theory]
    [InlineData("The ministry said Kenya's foreign minister met his Ugandan counterpart in Kampala.", "Kenya IN_CONTACT_WITH Uganda")]
    [InlineData("The ministry said Kenyan Foreign Minister Musalia Mudavadi met his Ugandan counterpart on Monday.", "Musalia Mudavadi IN_CONTACT_WITH Uganda")]
    public void AnOfficialMeetsHisCounterpartsState(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Fact]
    public void TheCountryOfAnOfficialsTitleIsNoSecondSide()
    {
        var relations = Relations("The ministry said Kenyan Foreign Minister Musalia Mudavadi met Ugandan officials in Kampala.");

        Assert.Contains("Musalia Mudavadi IN_CONTACT_WITH Uganda", relations);
        Assert.DoesNotContain(relations, r => r.StartsWith("Kenya IN_CONTACT_WITH", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kenya agreed to withdraw its troops from Somalia, the ministry said.")]
    [InlineData("The army said it had met fierce resistance from the LRA.")]
    public void AgreeingToActOrMeetingResistanceIsNoContact(string text)
    {
        Assert.DoesNotContain(Relations(text), r => r.Contains("NEGOTIATES_WITH", StringComparison.Ordinal) || r.Contains("IN_CONTACT_WITH", StringComparison.Ordinal));
    }

    [Fact]
    public void AQuotedFragmentKeepsTheSidesThatClash()
    {
        var relations = Relations("Police spokesman Fred Enanga said Kenyan troops and al-Shabaab \"have clashed every day this month\" near Mandera.");

        Assert.Contains("Kenya ATTACKS al-Shabaab", relations);
        Assert.Contains("al-Shabaab ATTACKS Kenya", relations);
    }

    [Fact]
    public void OurForcesInAReportedQuoteAreTheSpeakersSide()
    {
        Assert.Contains("Uganda People's Defence Force ALLIED_WITH Kenya Defence Forces",
            Relations("Kenya Defence Forces spokesman Paul Njuguna said the Ugandan army \"works alongside our forces\" in Mandera."));
    }

    [Theory]
    [InlineData("Separately, the Kenyan government and the LRA held a second round of talks in Nairobi, according to a statement from the foreign ministry.", "Kenya NEGOTIATES_WITH Lord's Resistance Army")]
    [InlineData("M23 spokesman Lawrence Kanyuka said the group would keep fighting \"side by side with the ADF\".", "March 23 Movement ALLIED_WITH Allied Democratic Forces")]
    [InlineData("The Ugandan army spokesman said the army had sent envoys to Nairobi to ask for help.", "Uganda People's Defence Force IN_CONTACT_WITH Kenya")]
    public void RoundsOfTalksFightingSideBySideAndEnvoysSent(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Fact]
    public void TheFightersOfASpeakingOfficialAreHisBodys()
    {
        var relations = Relations("M23 spokesman Lawrence Kanyuka said his fighters \"stand shoulder to shoulder with the ADF\" in Goma.");

        Assert.Contains("March 23 Movement ALLIED_WITH Allied Democratic Forces", relations);
        Assert.DoesNotContain(relations, r => r.StartsWith("Lawrence Kanyuka", StringComparison.Ordinal));
    }
}
