namespace GeoGraph.Core.Extraction.Gazetteers;

/// <summary>
/// The consonants of a person's full name or of a place's name, folded and with doubled letters made single: the part
/// of a name that transliterations of it keep ("Mohamed Hamdan Daglo" and "Mohammed Hamdan Dagalo" are both
/// "mhmdhmdndgl", "Nangarhaar" and "Nangarhar" both "nngrhr").
/// </summary>
internal static class NameSkeleton
{
    // Two words at least, and enough consonants, so that a skeleton rarely fits two people.
    private const int MinimumConsonants = 7;

    // A place's name comes with its type word ("Nangarhaar province"), which tells it is a place: one word will do.
    private const int MinimumPlaceConsonants = 4;

    /// <summary>The skeleton of <paramref name="name"/>, or null for a single word or too short a name.</summary>
    public static string? Of(string name) => name.Contains(' ', StringComparison.Ordinal) ? Skeleton(name, MinimumConsonants) : null;

    /// <summary>The skeleton of a place's name, one word or more ("Nangarhaar" → "nngrhr"), or null when too short.</summary>
    public static string? OfPlace(string name) => Skeleton(name, MinimumPlaceConsonants);

    private static string? Skeleton(string name, int minimum)
    {
        var folded = Fold.ToAscii(name).ToLowerInvariant();
        Span<char> buffer = stackalloc char[folded.Length];
        var length = 0;
        foreach (var c in folded)
        {
            if (!char.IsAsciiLetterLower(c) || c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' || length > 0 && buffer[length - 1] == c)
                continue;
            buffer[length++] = c;
        }
        return length >= minimum ? new string(buffer[..length]) : null;
    }
}
