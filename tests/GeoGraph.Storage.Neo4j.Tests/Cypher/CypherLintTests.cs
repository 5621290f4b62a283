using System.Text.Json;
using GeoGraph.Storage.Neo4j.Tests.Support;

namespace GeoGraph.Storage.Neo4j.Tests.Cypher;

/// <summary>
/// Rung 4: every .cypher file of the store and the schema passes the Neo4j Cypher front end (npm
/// <c>@neo4j-cypher/language-support</c>: parser and semantic analysis) with no error, read as Cypher 5
/// and as Cypher 25.
/// </summary>
public sealed class CypherLintTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static IReadOnlyList<LintedFile>? _linted;

    [Fact]
    public async Task EveryCypherFileLintsWithoutErrors()
    {
        var linted = await LintAsync();

        var errors = linted.SelectMany(f => f.Diagnostics.Where(d => d.Severity == 1).Select(d => $"{Relative(f.File)}:{d.Line} ({d.Language}): {d.Message}")).ToList();

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public async Task TheLintSawEveryStatementAndSchemaFile()
    {
        var linted = await LintAsync();

        var expected = Directory.GetFiles(RepositoryPaths.Statements, "*.cypher", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(RepositoryPaths.Schema, "*.cypher"))
            .Select(Relative).Order(StringComparer.Ordinal);
        Assert.Equal(expected, linted.Select(f => Relative(f.File)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TheLintReportsABrokenStatement()
    {
        var folder = Directory.CreateTempSubdirectory("geograph-lint-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "Broken.cypher"), "MATCH (n:Entity) RETURN m", TestContext.Current.CancellationToken);

            var linted = await RunLintAsync([folder.FullName]);

            Assert.Contains(Assert.Single(linted).Diagnostics, d => d.Severity == 1);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<IReadOnlyList<LintedFile>> LintAsync() =>
        _linted ??= await RunLintAsync([RepositoryPaths.Statements, RepositoryPaths.Schema]);

    private static async Task<IReadOnlyList<LintedFile>> RunLintAsync(IReadOnlyList<string> folders)
    {
        var json = await NodeScripts.RunAsync("lint.mjs", folders, TestContext.Current.CancellationToken);
        return JsonSerializer.Deserialize<List<LintedFile>>(json, Json)!;
    }

    private static string Relative(string path) => Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/');

    private sealed record LintedFile(string File, IReadOnlyList<Diagnostic> Diagnostics);

    private sealed record Diagnostic(int Severity, int Line, string Message, string Language);
}
