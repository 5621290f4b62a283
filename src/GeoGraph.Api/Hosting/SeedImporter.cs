using GeoGraph.Api.Importing;
using GeoGraph.Core.Importing;
using GeoGraph.Core.Storage;

namespace GeoGraph.Api.Hosting;

/// <summary>Fills an empty store with the sample articles shipped beside the executable.</summary>
public sealed partial class SeedImporter(IGraphStore store, ArticleImporter importer, ILogger<SeedImporter> logger)
{
    /// <summary>The folder of sample articles, found beside the executable so any working folder works.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "seed-data", "articles");

    /// <summary>Imports every article in <paramref name="folder"/> when the store holds no article yet.</summary>
    public async Task SeedIfEmptyAsync(string folder, CancellationToken cancellationToken)
    {
        if ((await store.GetStatsAsync(cancellationToken).ConfigureAwait(false)).Articles > 0)
            return;
        if (!Directory.Exists(folder))
        {
            LogNoSeedFolder(logger, folder);
            return;
        }
        var imported = 0;
        foreach (var file in ArticleFileReader.Read([folder]))
        {
            if (file.Input is null)
            {
                LogSeedFailed(logger, file.Source, file.Error ?? "unreadable");
                continue;
            }
            var outcome = await importer.ImportAsync(file.Input, cancellationToken).ConfigureAwait(false);
            if (outcome.Error is { } error)
                LogSeedFailed(logger, file.Source, $"{error.Code}: {error.Message}");
            else
                imported++;
        }
        LogSeeded(logger, imported, folder);
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Seeded the empty store with {Count} articles from {Folder}")]
    private static partial void LogSeeded(ILogger logger, int count, string folder);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Seed article {Source} was not imported: {Reason}")]
    private static partial void LogSeedFailed(ILogger logger, string source, string reason);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "No seed folder at {Folder}; the store starts empty")]
    private static partial void LogNoSeedFolder(ILogger logger, string folder);
}
