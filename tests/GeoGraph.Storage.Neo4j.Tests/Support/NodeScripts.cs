using GeoGraph.Testing;

namespace GeoGraph.Storage.Neo4j.Tests.Support;

/// <summary>Runs the scripts in this project's <c>node/</c> folder: the Cypher lint and the compose file reader.</summary>
internal static class NodeScripts
{
    private static readonly NodeScriptRunner Runner = new(
        Path.Combine(RepositoryPaths.TestProject, "node"),
        "The npm packages of the Cypher lint are not installed: run `npm ci` in tests/GeoGraph.Storage.Neo4j.Tests/node.",
        Path.Combine("node_modules", "@neo4j-cypher", "language-support"),
        Path.Combine("node_modules", "yaml"));

    public static string Folder => Runner.Folder;

    public static Task<string> RunAsync(string script, IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        Runner.RunAsync(script, arguments, input: null, TimeSpan.FromSeconds(120), cancellationToken);
}
