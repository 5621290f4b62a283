using GeoGraph.Testing;

namespace GeoGraph.Bolt.Tests.Support;

/// <summary>Runs the scripts in this project's <c>node/</c> folder, which use the official npm <c>neo4j-driver</c>.</summary>
public static class NodeScripts
{
    private static readonly NodeScriptRunner Runner = CreateRunner();

    public static string Folder => Runner.Folder;

    public static Task<string> RunAsync(string script, IReadOnlyList<string> arguments, string? input, CancellationToken cancellationToken) =>
        Runner.RunAsync(script, arguments, input, TimeSpan.FromSeconds(60), cancellationToken);

    private static NodeScriptRunner CreateRunner()
    {
        var folder = RepositoryFiles.PathOf("tests", "GeoGraph.Bolt.Tests", "node");
        return new NodeScriptRunner(
            folder,
            $"The npm packages of the cross-check are not installed: run `npm ci` in {Path.GetRelativePath(Environment.CurrentDirectory, folder)} (tests/GeoGraph.Bolt.Tests/node).",
            Path.Combine("node_modules", "neo4j-driver", "package.json"));
    }
}
