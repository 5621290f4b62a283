using System.ComponentModel;
using System.Diagnostics;
using Xunit;

namespace GeoGraph.Testing;

/// <summary>
/// Runs the node scripts of one test project's folder with the npm packages installed there. Packages that
/// are not installed fail the test with the project's own message saying where to run <c>npm ci</c>, never
/// a silent skip; so does a machine without Node.js.
/// </summary>
/// <param name="folder">The folder holding the scripts, their package.json and node_modules.</param>
/// <param name="missingPackages">The failure message when a package is not installed.</param>
/// <param name="installed">Files or folders, relative to <paramref name="folder"/>, that exist once the packages are installed.</param>
public sealed class NodeScriptRunner(string folder, string missingPackages, params string[] installed)
{
    public string Folder { get; } = folder;

    /// <summary>Fails the test with the missing-packages message unless every installed marker exists.</summary>
    public void RequirePackages()
    {
        foreach (var marker in installed)
        {
            var path = Path.Combine(Folder, marker);
            if (!File.Exists(path) && !Directory.Exists(path))
                Assert.Fail(missingPackages);
        }
    }

    /// <summary>Starts <paramref name="script"/> with its output and errors (and, when asked, its input) redirected.</summary>
    public Process Start(string script, IEnumerable<string> arguments, bool redirectInput = false)
    {
        RequirePackages();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Folder,
            RedirectStandardInput = redirectInput,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("node could not be started; is Node.js on the PATH?");
        }
        catch (Win32Exception error)
        {
            Assert.Fail($"Node.js is needed for this test and could not be started ({error.Message}); install Node.js 20 or later.");
            throw;
        }
    }

    /// <summary>
    /// Runs <paramref name="script"/> to the end, with <paramref name="input"/> (when given) on its standard input,
    /// killing it past <paramref name="timeout"/>; fails the test unless it exits with 0, and returns its output.
    /// </summary>
    public async Task<string> RunAsync(string script, IEnumerable<string> arguments, string? input, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        using var process = Start(script, arguments, redirectInput: true);
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        if (input is not null)
            await process.StandardInput.WriteAsync(input.AsMemory(), cancellationToken);

        // A script that reads its input sees it end here rather than waiting on the test host's.
        process.StandardInput.Close();

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeout is { } limit)
            deadline.CancelAfter(limit);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
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
