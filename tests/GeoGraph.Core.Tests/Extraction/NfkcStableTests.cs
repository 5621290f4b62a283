using System.Text;
using GeoGraph.Core.Extraction.Cleaning;

namespace GeoGraph.Core.Tests.Extraction;

public sealed class NfkcStableTests
{
    private static readonly char[] Stable = [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => NfkcStable.Holds(c.ToString()))];

    [Fact]
    public void EveryPairOfStableCharactersIsAlreadyNfkc()
    {
        // A pair is where composition or reordering could change a text; none of them may.
        foreach (var first in Stable)
        {
            foreach (var second in Stable)
                Assert.True(new string([first, second]).IsNormalized(NormalizationForm.FormKC), $"U+{(int)first:X4} U+{(int)second:X4}");
        }
    }

    [Theory]
    [InlineData("The convoy\u2026 was hit")]
    [InlineData("Kabul\u00A0province")]
    [InlineData("Pakti\u0301ya")]
    [InlineData("\uFB01eld")]
    [InlineData("\u00BD mile")]
    public void TextWithCompatibilityOrCombiningCharactersGoesToIcu(string text) => Assert.False(NfkcStable.Holds(text));

    [Fact]
    public void QuotesDashesAndAccentedLettersAreStable() => Assert.True(NfkcStable.Holds("\u201CS\u00E3o Tom\u00E9\u201D \u2014 it\u2019s \u2013 na\u00EFve \u00A9"));
}
