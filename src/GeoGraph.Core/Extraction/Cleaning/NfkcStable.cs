using System.Buffers;
using System.Text;

namespace GeoGraph.Core.Extraction.Cleaning;

/// <summary>
/// Whether NFKC leaves a text as it is, told without normalising it through ICU: most articles are ASCII with curly
/// quotes, dashes, accented Latin letters and a "©", which NFKC never changes.
/// </summary>
/// <remarks>
/// The candidates are Latin-1 and a few punctuation marks of news copy: none of them combines with a character before
/// it (canonical combining class 0, no NFKC "maybe"), so a text made of those that NFKC keeps alone is already in NFKC by
/// the quick check of UAX #15. Which Latin-1 characters NFKC keeps ("©", "é"; not "½", "²" or the no-break space) is
/// asked of ICU once. A combining mark or any other character sends the text to ICU as before.
/// </remarks>
internal static class NfkcStable
{
    private static readonly SearchValues<char> Stable = SearchValues.Create(StableCharacters());

    /// <summary>Whether every character of <paramref name="text"/> is one NFKC keeps in any context.</summary>
    public static bool Holds(string text) => !text.AsSpan().ContainsAnyExcept(Stable);

    // Latin-1, en and em dashes, curly single and double quotes: those that have no compatibility mapping.
    private static char[] StableCharacters()
    {
        var candidates = Enumerable.Range(0, 0x100).Select(c => (char)c).Concat(['\u2013', '\u2014', '\u2018', '\u2019', '\u201C', '\u201D']);
        return [.. candidates.Where(c => c.ToString().IsNormalized(NormalizationForm.FormKC))];
    }
}
