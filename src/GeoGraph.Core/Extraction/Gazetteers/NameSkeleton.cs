namespace GeoGraph.Core.Extraction.Gazetteers;

/// <summary>
/// The consonants of a person's full name, folded and with doubled letters made single: the part of a name that
/// transliterations of it keep ("Mohamed Hamdan Daglo" and "Mohammed Hamdan Dagalo" are both "mhmdhmdndgl").
/// </summary>
internal static class NameSkeleton
{
    // Two words at least, and enough consonants, so that a skeleton rarely fits two people.
    private const int MinimumConsonants = 7;

    /// <summary>The skeleton of <paramref name="name"/>, or null for a single word or too short a name.</summary>
    public static string? Of(string name)
    {
        var folded = Fold.ToAscii(name).ToLowerInvariant();
        if (!folded.Contains(' ', StringComparison.Ordinal))
            return null;
        Span<char> buffer = stackalloc char[folded.Length];
        var length = 0;
        foreach (var c in folded)
        {
            if (!char.IsAsciiLetterLower(c) || c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' || length > 0 && buffer[length - 1] == c)
                continue;
            buffer[length++] = c;
        }
        return length >= MinimumConsonants ? new string(buffer[..length]) : null;
    }
}
