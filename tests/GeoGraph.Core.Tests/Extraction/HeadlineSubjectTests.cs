using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// A headline names its speaker with a bare noun ("Rebels say …; coalition says …", "army chief calls …", "minister
/// says …"): the group the article names most for "rebels", the body it then names with that word or by that kind of body, the official it
/// then names with that title, else the home state.
/// </summary>
public sealed class HeadlineSubjectTests
{
    private const string Body = "\n\nKAMPALA - The LRA attacked a village in Uganda on Monday, police said.";

    [Fact]
    public void TwoBareSubjectsOfAHeadlineMakeTwoStatements()
    {
        var claims = ClaimTexts.All("Rebels say they repelled army push in Gulu; coalition says air strikes killed dozens of rebels"
                                    + "\n\nKAMPALA - The LRA attacked a village in Uganda on Monday, the Saudi-led coalition said.");

        Assert.Contains(("Lord's Resistance Army", "they repelled army push in Gulu"), claims);
        Assert.Contains(("Saudi-led coalition", "air strikes killed dozens of rebels"), claims);
    }

    [Fact]
    public void ABareTitleIsTheOfficialTheArticleThenNamesWithIt()
    {
        var claims = ClaimTexts.All("Troops back in Gulu; army chief calls militia \"terrorist organisation\"" + Body
                                    + " The chief of defence forces, General John Okello, flew into Gulu on Tuesday.");

        Assert.Contains(claims, c => c.Speaker == "John Okello" && c.Text.StartsWith("army chief calls militia", StringComparison.Ordinal));
    }

    [Fact]
    public void ABareTitleNoOfficialTakesIsTheHomeStates()
    {
        var claims = ClaimTexts.All("LRA frees hostages; minister says government will not trade prisoners" + Body);

        Assert.Contains(("Uganda", "government will not trade prisoners"), claims);
    }

    [Fact]
    public void ABareNounOutsideAHeadlineIsNoSpeaker()
    {
        Assert.DoesNotContain(ClaimTexts.All("The LRA attacked a village in Uganda on Monday. Later, rebels say, the army withdrew."),
            c => c.Speaker == "Lord's Resistance Army" && c.Text.Contains("army withdrew", StringComparison.Ordinal));
    }

    [Fact]
    public void ABareNounMayNameTheKindOfABodyTheArticleThenNames()
    {
        var claims = ClaimTexts.All("Kampala says peacekeepers must leave; mission says it will stay"
                                    + "\n\nKAMPALA - UNIFIL said its troops had come under fire in southern Lebanon on Monday.");

        Assert.Contains(claims, c => c.Text == "it will stay" && c.Speaker is not null && c.Speaker.StartsWith("UN", StringComparison.Ordinal));
    }
}
