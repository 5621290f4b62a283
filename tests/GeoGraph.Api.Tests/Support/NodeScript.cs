using System.Diagnostics;

namespace GeoGraph.Api.Tests.Support;

/// <summary>Runs a script of tests/GeoGraph.Api.Tests/node with the npm packages installed there.</summary>
public static class NodeScript
{
    public static string Folder => RepositoryFiles.PathOf("tests", "GeoGraph.Api.Tests", "node");

    /// <summary>Starts the script; fails the test with instructions when node or its packages are missing.</summary>
    public static Process Start(string script, params string[] args)
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules")))
            Assert.Fail($"The npm packages for the API tests are missing: run `npm ci` in {Folder} (.ci/run does this).");
        var start = new ProcessStartInfo("node") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            Assert.Fail($"Node.js is needed for this test and could not be started ({error.Message}); install Node.js 20 or later.");
            throw;
        }
    }

    /// <summary>Runs the script to the end and returns its standard output.</summary>
    public static async Task<string> RunAsync(string script, params string[] args)
    {
        using var process = Start(script, args);
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"node {script} exited with {process.ExitCode}: {await error}");
        return await output;
    }
}
