using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// Those thanked for help or support gave it to the one who thanks ("Kenya thanked Tanzania for its support"); an
/// official thanked stands for the state he leads; thanks for anything else, or denied, assert nothing.
/// </summary>
public sealed class ThanksForHelpTests
{
    [Theory]
    [InlineData("Kenya said it thanked Tanzania for its support during the crisis.", "Tanzania SUPPORTS Kenya")]
    [InlineData("The Kenyan president said the troops had come at Kenya's request, and he thanked the leaders of Tanzania and Rwanda for their help.", "Rwanda SUPPORTS Kenya")]
    [InlineData("Kenya said it thanked Uganda's President Yoweri Museveni for his help.", "Uganda SUPPORTS Kenya")]
    public void TheOneThankedForHelpGaveIt(string text, string expected)
    {
        Assert.Contains(expected, RelationTexts.Asserted(text));
    }

    [Theory]
    [InlineData("Kenya said Uganda thanked Tanzania for hosting the talks.")]
    [InlineData("Kenya said it did not thank Uganda for its help.")]
    public void ThanksForAnythingElseOrDeniedAssertNothing(string text)
    {
        Assert.DoesNotContain(RelationTexts.Asserted(text), r => r.Contains("SUPPORTS", StringComparison.Ordinal));
    }
}
