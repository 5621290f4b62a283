using GeoGraph.Core.Extraction;
using GeoGraph.Core.Importing;
using GeoGraph.Storage.Sqlite;
using GeoGraph.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GeoGraph.Benchmarks.Load;

/// <summary>
/// A SQLite file holding a synthetic corpus of about N claims, imported through the real extractor and
/// store; built once and kept under the artifacts folder, since building 100,000 claims takes minutes.
/// </summary>
internal static class CorpusDatabase
{
    private const int ClaimsPerArticle = 8;

    public static async Task<string> EnsureAsync(int claims, TextWriter log)
    {
        var folder = Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts", "load-data");
        var path = Path.Combine(folder, $"synthetic-{claims}.db");
        var done = path + ".complete";
        if (File.Exists(done))
            return path;
        Directory.CreateDirectory(folder);
        foreach (var stale in Directory.GetFiles(folder, Path.GetFileName(path) + "*"))
            File.Delete(stale);

        var connections = new SqliteConnectionFactory(Options.Create(new SqliteStoreOptions { Path = path }));
        using var store = new SqliteGraphStore(connections, NullLoggerFactory.Instance);
        await store.InitialiseAsync(CancellationToken.None);
        var importer = new ArticleImporter(new RuleBasedExtractor(Gazetteer.Load(Gazetteer.DefaultDirectory)), store, TimeProvider.System, [], Microsoft.Extensions.Logging.Abstractions.NullLogger<ArticleImporter>.Instance);
        var articles = claims / ClaimsPerArticle;
        var imported = 0;
        foreach (var article in new SyntheticCorpus(seed: claims).Articles(articles, ClaimsPerArticle))
        {
            await importer.ImportAsync(new ArticleInput(article.Text, article.Title, null, article.Outlet, article.PublishedAt), CancellationToken.None);
            if (++imported % 1000 == 0)
                await log.WriteLineAsync($"  {path}: {imported}/{articles} articles");
        }
        var stats = await store.GetStatsAsync(CancellationToken.None);
        await log.WriteLineAsync($"  built {path}: {stats.Articles} articles, {stats.Claims} claims, {stats.Entities} entities, {stats.Relations} relations");
        await File.WriteAllTextAsync(done, stats.ToString());
        return path;
    }
}
