using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;

namespace GeoGraph.Core.Importing;

/// <summary>Told about every article an import newly stores (not about duplicates or rejections).</summary>
public interface IImportObserver
{
    /// <summary>Called after the article's transaction has committed.</summary>
    void OnImported(ArticleGraph graph, ImportResult result);
}
