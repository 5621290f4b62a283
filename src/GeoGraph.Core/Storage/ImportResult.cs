using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage;

/// <summary>The outcome of importing one article.</summary>
/// <param name="Created">False when the article was already in the store and nothing changed.</param>
public sealed record ImportResult(ArticleId ArticleId, bool Created, int Entities, int Claims, int Relations)
{
    /// <summary>Earlier versions of the article (other texts under the same URL) that this import superseded.</summary>
    public IReadOnlyList<ArticleId> Superseded { get; init; } = [];
}
