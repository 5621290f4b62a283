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
        var tokens = context.Tokens;
        var words = 0;
        var common = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != Tokens.TokenKind.Word)
                continue;
            words++;
            if (!Common.Contains(tokens[i], context.Gazetteer.Words))
                continue;
            common++;
            // English reaches the share early: once it holds even if every token left were a word, the answer is known.
            if (common * 100 >= (words + tokens.Count - 1 - i) * 8)
                return false;
        }
        return words >= 12 && common * 100 < words * 8;
    }
}
