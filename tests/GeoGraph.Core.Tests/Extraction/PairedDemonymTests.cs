using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// Two states named by their demonyms that share one noun of forces or officials after "between" are the two sides
/// ("clashes between Kenyan and Ugandan troops"); a noun that is no state's arm or people makes no sides.
/// </summary>
public sealed class PairedDemonymTests
{
    [Theory]
    [InlineData("The UN said clashes between Kenyan and Ugandan troops had killed 12 people.", "Kenya ATTACKS Uganda")]
    [InlineData("The UN said clashes between Kenyan and Ugandan troops had killed 12 people.", "Uganda ATTACKS Kenya")]
    [InlineData("The UN said fighting between Kenyan and Ugandan border guards had stopped.", "Uganda ATTACKS Kenya")]
    [InlineData("The UN said talks between Kenyan and Ugandan officials had resumed in Arusha.", "Kenya NEGOTIATES_WITH Uganda")]
    public void TheTwoStatesAreTheSides(string text, string expected)
    {
        Assert.Contains(expected, RelationTexts.Asserted(text));
    }

    [Fact]
    public void ANounOfNoStateMakesNoSides()
    {
        Assert.Empty(RelationTexts.Asserted("The UN said the war between Kenyan and Ugandan football fans was over."));
    }
}
