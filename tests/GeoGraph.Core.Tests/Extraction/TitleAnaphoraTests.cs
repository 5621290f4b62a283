using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// A bare title with "the" ("accused the prime minister of …") stands for the one official named before with that
/// office, and for no one when two hold it or when "of" names whose office it is; an Ethiopian or Eritrean official
/// is called by the given name.
/// </summary>
public sealed class TitleAnaphoraTests
{
    private static List<string> Relations(string text) => RelationTexts.Asserted(text);

    [Theory]
    [InlineData("Kenyan Prime Minister Amina Wafula spoke in Nairobi on Monday. The LRA accused the prime minister of lying about the talks.")]
    [InlineData("Kenyan Prime Minister Amina Wafula spoke in Nairobi on Monday. The LRA accused the Prime Minister of refusing to open talks.")]
    public void TheTitleAloneIsTheOfficialWhoHoldsIt(string text)
    {
        Assert.Contains("Lord's Resistance Army ACCUSES Amina Wafula", Relations(text));
    }

    [Fact]
    public void TwoHoldersOfTheOfficeLeaveTheTitleUnresolved()
    {
        var relations = Relations(
            "Kenyan President Amina Wafula met Ugandan President Peter Okello in Nairobi. The LRA accused the president of lying about the talks.");

        Assert.DoesNotContain(relations, r => r.Contains("ACCUSES Amina Wafula", StringComparison.Ordinal) || r.Contains("ACCUSES Peter Okello", StringComparison.Ordinal));
    }

    [Fact]
    public void TheOfficeOfAnotherStateIsNotTheOfficialNamedBefore()
    {
        var relations = Relations(
            "Kenyan President Amina Wafula spoke in Nairobi on Monday. The LRA accused the president of Uganda of arming militias.");

        Assert.DoesNotContain("Lord's Resistance Army ACCUSES Amina Wafula", relations);
    }

    [Theory]
    [InlineData("Ethiopian Prime Minister Tesfaye Alemu signed the deal on Monday. Somalia has accused Tesfaye of arming militias.", "Somalia ACCUSES Tesfaye Alemu")]
    [InlineData("Eritrean Foreign Minister Yohannes Kidane spoke on Monday. Kenya accused Yohannes of lying about the talks.", "Kenya ACCUSES Yohannes Kidane")]
    public void AnEthiopianOrEritreanOfficialIsCalledByTheGivenName(string text, string expected)
    {
        Assert.Contains(expected, Relations(text));
    }

    [Fact]
    public void AGivenNameAloneIsNoOneElsewhere()
    {
        var relations = Relations("Kenyan President John Kamau signed the deal. Somalia has accused John of handing al-Shabaab a recruiting opportunity.");

        Assert.DoesNotContain(relations, r => r.Contains("ACCUSES", StringComparison.Ordinal));
    }
}
