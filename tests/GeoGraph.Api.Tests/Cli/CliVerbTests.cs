using System.Text.Json;
using GeoGraph.Api.Cli;
using GeoGraph.Api.Tests.Support;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Api.Tests.Cli;

/// <summary>The geograph verbs, run in-process as a user runs them, against a real SQLite file.</summary>
public sealed class CliVerbTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("geograph-cli-").FullName;

    private string Database => Path.Combine(_folder, "cli.db");

    private static string SeedFolder => RepositoryFiles.PathOf("seed-data", "articles");

    private static string SeedArticle => Path.Combine(SeedFolder, "nato-al-qaeda-taliban.txt");

    [Fact]
    public async Task ImportPrintsEachArticleAndASummaryAndIsIdempotent()
    {
        var (firstCode, first, _) = await RunAsync("import", SeedFolder, $"--Storage:Sqlite:Path={Database}");
        var (secondCode, second, _) = await RunAsync("import", SeedFolder, $"--Storage:Sqlite:Path={Database}");

        Assert.Equal(0, firstCode);
        Assert.Contains("created  ", first, StringComparison.Ordinal);
        Assert.Contains("1 articles: 1 created, 0 already stored, 0 failed", first, StringComparison.Ordinal);
        Assert.Equal(0, secondCode);
        Assert.Contains("1 articles: 0 created, 1 already stored, 0 failed", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportReportsAnUnreadableFileAndExitsNonZero()
    {
        var bad = Path.Combine(_folder, "bad.txt");
        await File.WriteAllBytesAsync(bad, [0x41, 0xC3, 0x28, 0xFF, 0x42], TestContext.Current.CancellationToken);
        var empty = Path.Combine(_folder, "empty.txt");
        await File.WriteAllTextAsync(empty, "  \n ", TestContext.Current.CancellationToken);

        var (code, output, _) = await RunAsync("import", bad, empty, Path.Combine(_folder, "missing.txt"), $"--Storage:Sqlite:Path={Database}");

        Assert.Equal(1, code);
        Assert.Contains("not valid UTF-8", output, StringComparison.Ordinal);
        Assert.Contains("EMPTY_ARTICLE", output, StringComparison.Ordinal);
        Assert.Contains("No such file or folder", output, StringComparison.Ordinal);
        Assert.Contains("3 articles: 0 created, 0 already stored, 3 failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtractPrintsTheAnnotationLayoutWithoutStoringAnything()
    {
        var (code, output, _) = await RunAsync("extract", SeedArticle, "--format", "json", $"--Storage:Sqlite:Path={Database}");

        Assert.Equal(0, code);
        var json = JsonDocument.Parse(output).RootElement;
        foreach (var key in new[] { "organisations", "groups", "countries", "provinces", "officials", "claims" })
            Assert.Equal(JsonValueKind.Array, json.GetProperty(key).ValueKind);
        var claim = json.GetProperty("claims")[0];
        foreach (var key in new[] { "text", "speaker", "reported_by", "form", "hedged", "about", "places", "relations" })
            Assert.True(claim.TryGetProperty(key, out _), $"claim has no '{key}'");
        Assert.False(File.Exists(Database));
    }

    [Fact]
    public async Task ExtractRefusesAFormatItDoesNotKnow()
    {
        var (code, _, error) = await RunAsync("extract", SeedArticle, "--format", "xml");

        Assert.NotEqual(0, code);
        Assert.Contains("xml", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SchemaPrintsTheCommittedSdl()
    {
        var (code, output, _) = await RunAsync("schema");

        Assert.Equal(0, code);
        Assert.Equal(await File.ReadAllTextAsync(RepositoryFiles.PathOf("schema", "geograph.graphql"), TestContext.Current.CancellationToken), output);
    }

    [Fact]
    public async Task ExportWritesTheWholeGraphAsGraphmlAndJsonLines()
    {
        await RunAsync("import", SeedFolder, $"--Storage:Sqlite:Path={Database}");

        var (graphmlCode, graphml, _) = await RunAsync("export", "--format", "graphml", $"--Storage:Sqlite:Path={Database}");
        var (jsonlCode, jsonl, _) = await RunAsync("export", "--format", "jsonl", $"--Storage:Sqlite:Path={Database}");

        Assert.Equal(0, graphmlCode);
        Assert.Equal(0, jsonlCode);
        var document = System.Xml.Linq.XDocument.Parse(graphml);
        System.Xml.Linq.XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        var lines = jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("type").GetString()).ToList();
        Assert.Equal(lines.Count(t => t == "node"), document.Descendants(ns + "node").Count());
        Assert.Equal(lines.Count(t => t == "edge"), document.Descendants(ns + "edge").Count());
        Assert.Equal(17, lines.Count(t => t == "node"));
        Assert.Equal(8, lines.Count(t => t == "claim"));
        Assert.Contains(document.Descendants(ns + "data"), d => d.Value == "SEEKS_ALLIANCE_WITH");
    }

    [Fact]
    public async Task ExportOfANeighbourhoodHoldsOnlyItsNodes()
    {
        await RunAsync("import", SeedFolder, $"--Storage:Sqlite:Path={Database}");

        var (code, jsonl, _) = await RunAsync("export", "--format", "jsonl", "--centre", "Taliban", "--depth", "1", $"--Storage:Sqlite:Path={Database}");
        var (unknownCode, _, error) = await RunAsync("export", "--format", "jsonl", "--centre", "Nobody", $"--Storage:Sqlite:Path={Database}");

        Assert.Equal(0, code);
        var nodes = jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .Where(e => e.GetProperty("type").GetString() == "node").Select(e => e.GetProperty("name").GetString()).ToList();
        Assert.Contains("Taliban", nodes);
        Assert.Contains("al-Qaeda", nodes);
        Assert.DoesNotContain("Kunar", nodes);
        Assert.Equal(2, unknownCode);
        Assert.Contains("UNKNOWN_ENTITY", error, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
