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
        var i = 0;
        while (i < text.Length && (text[i] < 0x80 || !table.ContainsKey(text[i])))
            i++;
        if (i == text.Length)
            return text;
        var sb = new StringBuilder(text.Length + 8);
        sb.Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            if (text[i] >= 0x80 && table.TryGetValue(text[i], out var to))
                sb.Append(to);
            else
                sb.Append(text[i]);
        }
        return sb.ToString();
    }
}
