namespace GeoGraph.Core;

/// <summary>Lower-case ASCII slugs: diacritics folded, runs of anything else become one hyphen.</summary>
public static class Slug
{
    // Slugs are made for every entity an article looks up; names this long are rare, so the buffer is on the stack.
    private const int StackLength = 256;

    /// <summary>The slug of <paramref name="text"/>: "Paktiyā" → "paktiya", "al-Qa'eda" → "al-qa-eda".</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Folding ASCII changes only punctuation, which becomes a hyphen either way: most names skip it.
        var folded = System.Text.Ascii.IsValid(text) ? text : Fold.ToAscii(text);
        // A hyphen stands for at least one character dropped, so the slug is never longer than the folded text.
        var slug = folded.Length <= StackLength ? stackalloc char[folded.Length] : new char[folded.Length];
        var length = 0;
        var pendingHyphen = false;
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && length > 0)
                    slug[length++] = '-';
                slug[length++] = char.ToLowerInvariant(c);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }
        return new string(slug[..length]);
    }
}
