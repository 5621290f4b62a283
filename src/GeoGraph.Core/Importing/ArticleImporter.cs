using GeoGraph.Core.Extraction;
using GeoGraph.Core.Storage;

namespace GeoGraph.Core.Importing;

/// <summary>
/// Extracts an article and stores its graph: the one path every importer takes (GraphQL mutation,
/// CLI, seeding), so they all reject the same input the same way.
/// </summary>
public sealed class ArticleImporter(IArticleExtractor extractor, IGraphStore store, TimeProvider time, IEnumerable<IImportObserver> observers)
{
    /// <summary>Extracts and imports one article. Input that holds no article gives a failed outcome, not an exception.</summary>
    public async Task<ImportOutcome> ImportAsync(ArticleInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        Model.ArticleGraph graph;
        try
        {
            graph = extractor.Extract(input, time.GetUtcNow());
        }
        catch (ArticleRejectedException rejected)
        {
            return ImportOutcome.Rejected(rejected.Code, rejected.Message);
        }
        var result = await store.ImportAsync(graph, cancellationToken).ConfigureAwait(false);
        if (result.Created)
        {
            foreach (var observer in observers)
                observer.OnImported(graph, result);
        }
        return ImportOutcome.Stored(result, graph.Warnings);
    }
}
