using System.Diagnostics;

namespace GeoGraph.Bolt.Tests.Support;

/// <summary>
/// Runs the scripts in this project's <c>node/</c> folder, which use the official npm <c>neo4j-driver</c>.
/// Missing node_modules is a test failure that says how to install them, never a silent skip.
/// </summary>
public static class NodeScripts
{
    public static string Folder { get; } = FindFolder();

    public static async Task<string> RunAsync(string script, IReadOnlyList<string> arguments, string? input, CancellationToken cancellationToken)
    {
        if (!File.Exists(Path.Combine(Folder, "node_modules", "neo4j-driver", "package.json")))
        {
            Assert.Fail($"The npm packages of the cross-check are not installed: run `npm ci` in {Path.GetRelativePath(Environment.CurrentDirectory, Folder)} (tests/GeoGraph.Bolt.Tests/node).");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started; is Node.js on the PATH?");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input.AsMemory(), cancellationToken);
        }

        process.StandardInput.Close();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
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

    private static string FindFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GeoGraph.Bolt.Tests.csproj")))
            {
                return Path.Combine(directory.FullName, "node");
            }
        }

        throw new DirectoryNotFoundException("Could not find the GeoGraph.Bolt.Tests project folder above " + AppContext.BaseDirectory);
    }
}
