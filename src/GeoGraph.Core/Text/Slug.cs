using System.Text;

namespace GeoGraph.Core;

/// <summary>Lower-case ASCII slugs: diacritics folded, runs of anything else become one hyphen.</summary>
public static class Slug
{
    /// <summary>The slug of <paramref name="text"/>: "Paktiyā" → "paktiya", "al-Qa'eda" → "al-qa-eda".</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = Fold.ToAscii(text);
        var sb = new StringBuilder(folded.Length);
        var pendingHyphen = false;
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && sb.Length > 0)
                    sb.Append('-');
                sb.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }
        return sb.ToString();
    }
}
