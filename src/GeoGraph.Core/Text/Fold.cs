using System.Globalization;
using System.Text;

namespace GeoGraph.Core;

/// <summary>Folding that makes names comparable across spellings.</summary>
public static class Fold
{
    /// <summary>Removes diacritics and maps typographic punctuation to ASCII ("Paktiyā" → "Paktiya", "’" → "'").</summary>
    public static string ToAscii(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Under InvariantGlobalization Normalize does nothing, so the table-driven fold does the work.
        var decomposed = TextNormalizer.FoldToAscii(text).Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
                continue;
            sb.Append(c switch
            {
                '\u2018' or '\u2019' or '\u02BC' or '\u02BB' or '`' or '\u00B4' => '\'',
                '\u201C' or '\u201D' or '\u201E' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' => '-',
                'ı' => 'i',
                'ł' => 'l',
                'Ł' => 'L',
                'ø' => 'o',
                'Ø' => 'O',
                'đ' => 'd',
                'Đ' => 'D',
                'ß' => 's',
                _ => c,
            });
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The key two names share when they differ only in case, diacritics, hyphens or a leading "the".</summary>
    public static string NameKey(string name)
    {
        var slug = Slug.Of(name);
        return slug.StartsWith("the-", StringComparison.Ordinal) ? slug[4..] : slug;
    }
}
