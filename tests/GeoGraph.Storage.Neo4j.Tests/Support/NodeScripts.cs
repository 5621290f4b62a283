using System.Diagnostics;

namespace GeoGraph.Storage.Neo4j.Tests.Support;

/// <summary>
/// Runs the scripts in this project's <c>node/</c> folder. Missing node_modules is a test failure that
/// says how to install them, never a silent skip.
/// </summary>
internal static class NodeScripts
{
    public static string Folder => Path.Combine(RepositoryPaths.TestProject, "node");

    public static async Task<string> RunAsync(string script, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "@neo4j-cypher", "language-support")) || !Directory.Exists(Path.Combine(Folder, "node_modules", "yaml")))
            Assert.Fail("The npm packages of the Cypher lint are not installed: run `npm ci` in tests/GeoGraph.Storage.Neo4j.Tests/node.");

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started; is Node.js on the PATH?");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(120));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        Assert.True(process.ExitCode == 0, $"node {script} exited with {process.ExitCode}: {await error}");
        return await output;
    }
}
