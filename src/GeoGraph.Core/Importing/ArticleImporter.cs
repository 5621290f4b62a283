using GeoGraph.Core.Extraction;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;

namespace GeoGraph.Core.Importing;

/// <summary>
/// Extracts an article and stores its graph: the one path every importer takes (GraphQL mutation,
/// CLI, seeding), so they all reject the same input the same way.
/// </summary>
public sealed class ArticleImporter(IArticleExtractor extractor, IGraphStore store, TimeProvider time, IEnumerable<IImportObserver> observers)
{
    /// <summary>What importing <paramref name="input"/> would store, without storing anything.</summary>
    public (ArticleGraph? Graph, ImportError? Error) Preview(ArticleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            return (extractor.Extract(input, time.GetUtcNow()), null);
        }
        catch (ArticleRejectedException rejected)
        {
            return (null, new ImportError(rejected.Code, rejected.Message));
        }
    }

    /// <summary>Extracts and imports one article. Input that holds no article gives a failed outcome, not an exception.</summary>
    public async Task<ImportOutcome> ImportAsync(ArticleInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (graph, error) = Preview(input);
        if (graph is null)
            return ImportOutcome.Rejected(error!.Code, error.Message);
        var result = await store.ImportAsync(graph, cancellationToken).ConfigureAwait(false);
        if (result.Created)
        {
            foreach (var observer in observers)
                observer.OnImported(graph, result);
        }
        return ImportOutcome.Stored(result, graph.Warnings);
    }
}
