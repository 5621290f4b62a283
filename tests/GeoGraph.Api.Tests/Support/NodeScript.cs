using System.Diagnostics;
using GeoGraph.Testing;

namespace GeoGraph.Api.Tests.Support;

/// <summary>Runs a script of tests/GeoGraph.Api.Tests/node with the npm packages installed there.</summary>
public static class NodeScript
{
    private static readonly NodeScriptRunner Runner = CreateRunner();

    public static string Folder => Runner.Folder;

    /// <summary>Starts the script; fails the test with instructions when node or its packages are missing.</summary>
    public static Process Start(string script, params string[] args) => Runner.Start(script, args);

    /// <summary>Runs the script to the end and returns its standard output.</summary>
    public static Task<string> RunAsync(string script, params string[] args) =>
        Runner.RunAsync(script, args, input: null, timeout: null, TestContext.Current.CancellationToken);

    private static NodeScriptRunner CreateRunner()
    {
        var folder = RepositoryFiles.PathOf("tests", "GeoGraph.Api.Tests", "node");
        return new NodeScriptRunner(folder, $"The npm packages for the API tests are missing: run `npm ci` in {folder} (.ci/run does this).", "node_modules");
    }
}
