using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction;

/// <summary>
/// Turns an article into the graph it contributes. The rule-based extractor is the default; a
/// model-based one can take its place behind this port. Implementations are thread-safe.
/// </summary>
public interface IArticleExtractor
{
    /// <summary>
    /// Cleans the text and extracts entities, claims and relations.
    /// Throws <see cref="ArticleRejectedException"/> for input that holds no article (empty, not text, too large).
    /// </summary>
    /// <param name="importedAt">The time stamped on the article as its import time.</param>
    ArticleGraph Extract(ArticleInput input, DateTimeOffset importedAt);
}
