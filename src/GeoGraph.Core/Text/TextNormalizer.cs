using System.Collections.Frozen;
using System.Text;

namespace GeoGraph.Core;

/// <summary>
/// Unicode normalisation that also works under InvariantGlobalization, where <see cref="string.Normalize()"/>
/// leaves text unchanged: compatibility forms as NFKC maps them, and Latin letters folded to ASCII.
/// </summary>
public static class TextNormalizer
{
    private static readonly FrozenDictionary<char, string> Folds = UnicodeTables.Folds.ToFrozenDictionary(p => p.From, p => p.To);
    private static readonly FrozenDictionary<char, string> Compat = UnicodeTables.Compatibility.ToFrozenDictionary(p => p.From, p => p.To);

    /// <summary>NFKC's compatibility mappings: "ﬁ" → "fi", full-width "Ａ" → "A", "…" → "...", odd spaces → " ".</summary>
    public static string Compatibility(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Map(text, Compat);
    }

    /// <summary>Latin letters without their diacritics, combining marks dropped: "Paktiyā" → "Paktiya", "Kunaṟ" → "Kunar".</summary>
    public static string FoldToAscii(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Map(text, Folds);
    }

    private static string Map(string text, FrozenDictionary<char, string> table)
    {
        var i = NextMapped(text, 0, table);
        if (i == text.Length)
            return text;
        var sb = new StringBuilder(text.Length + 8);
        var done = 0;
        while (i < text.Length)
        {
            sb.Append(text, done, i - done).Append(table[text[i]]);
            done = i + 1;
            i = NextMapped(text, done, table);
        }
        sb.Append(text, done, text.Length - done);
        return sb.ToString();
    }

    // The first character from <paramref name="start"/> that the table maps, or the text's length. No table maps ASCII,
    // so runs of it are skipped by a vectorised search and whole runs are copied at once.
    private static int NextMapped(string text, int start, FrozenDictionary<char, string> table)
    {
        var i = start;
        while (true)
        {
            var next = text.AsSpan(i).IndexOfAnyExceptInRange('\0', '\u007F');
            if (next < 0)
                return text.Length;
            i += next;
            if (table.ContainsKey(text[i]))
                return i;
            i++;
        }
    }
}
