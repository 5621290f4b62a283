using GeoGraph.Core.Extraction;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using Microsoft.Extensions.Logging;

namespace GeoGraph.Core.Importing;

/// <summary>
/// Extracts an article and stores its graph: the one path every importer takes (GraphQL mutation,
/// CLI, seeding), so they all reject the same input the same way.
/// </summary>
public sealed partial class ArticleImporter(
    IArticleExtractor extractor, IGraphStore store, TimeProvider time, IEnumerable<IImportObserver> observers, ILogger<ArticleImporter> logger)
{
    /// <summary>The code of an article the extractor failed on: a fault of ours, logged, with nothing stored.</summary>
    public const string ExtractionFailed = "EXTRACTION_FAILED";

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
        // A fault in the extractor costs the importer this article, not the batch or the request: it is logged with its
        // stack, and the importer gets a code it can report and retry after a fix.
        catch (Exception fault) when (fault is not (OperationCanceledException or OutOfMemoryException))
        {
            LogExtractionFault(logger, fault, input.Text.Length);
            return (null, new ImportError(ExtractionFailed, "The extractor failed on this article; nothing was stored. The fault is logged for the operator."));
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Extraction failed on an article of {Length} characters")]
    private static partial void LogExtractionFault(ILogger logger, Exception fault, int length);

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
