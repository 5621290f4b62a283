using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// A country's possessive before an official's title ("Kenya's Foreign Minister John Okello") names whose official he
/// is: the official is the object. A condition after a verb of threatening is warned by the one who threatened.
/// </summary>
public sealed class ThreatenedOfficialTests
{
    private const string Threat = "The LRA threatened to shoot Kenya's Foreign Minister John Okello if Uganda did not open talks.";

    [Fact]
    public void TheOfficialAfterHisCountrysPossessiveIsThreatened()
    {
        var relations = RelationTexts.Asserted(Threat);

        Assert.Contains("Lord's Resistance Army THREATENS John Okello", relations);
        Assert.DoesNotContain("Lord's Resistance Army THREATENS Kenya", relations);
    }

    [Fact]
    public void TheConditionIsWarnedByTheOneWhoThreatened()
    {
        var relations = RelationTexts.Asserted(Threat);

        Assert.Contains("Lord's Resistance Army THREATENS Uganda", relations);
        Assert.DoesNotContain("Kenya THREATENS Uganda", relations);
    }

    [Fact]
    public void AnOfficialMetAfterHisCountrysPossessiveIsTheContact()
    {
        var relations = RelationTexts.Asserted("The LRA said it had met Uganda's Defence Minister John Okello.");

        Assert.Contains("Lord's Resistance Army IN_CONTACT_WITH John Okello", relations);
    }
}
