using GeoGraph.Core.Extraction.Tokens;

namespace GeoGraph.Core.Extraction;

/// <summary>A cheap guess whether a text is English: the share of its words that are common English function words.</summary>
internal static class Language
{
    private static readonly WordSet Common =
    [
        "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "said", "was", "by", "as", "are",
        "it", "from", "at", "has", "have", "be", "were", "this", "will", "an", "not", "they", "he", "his", "had",
        "but", "its", "their", "who", "which", "been", "after", "also", "would", "we", "or", "more", "than",
    ];

    /// <summary>Whether a text of some length has too few common English words to be English.</summary>
    public static bool LooksNonEnglish(ArticleContext context)
    {
        var words = 0;
        var common = 0;
        foreach (var t in context.Tokens)
        {
            if (t.Kind != Tokens.TokenKind.Word)
                continue;
            words++;
            if (Common.Contains(t, context.Gazetteer.Words))
                common++;
        }
        return words >= 12 && common * 100 < words * 8;
    }
}
