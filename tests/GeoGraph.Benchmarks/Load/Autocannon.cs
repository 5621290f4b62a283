using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace GeoGraph.Benchmarks.Load;

/// <summary>Runs npm autocannon at a constant request rate (Load/node/rate.mjs) and reads its percentiles.</summary>
internal static class Autocannon
{
    public sealed record Result(double P50Milliseconds, double P99Milliseconds, double RequestsPerSecond, int Failures);

    public static async Task<Result> RunAsync(Uri url, string body, int rate, int seconds, int connections)
    {
        var folder = Path.Combine(RepositoryRoot.Find(), "tests", "GeoGraph.Benchmarks", "Load", "node");
        if (!Directory.Exists(Path.Combine(folder, "node_modules")))
            throw new InvalidOperationException($"Run `npm ci` in {folder} first.");
        var start = CorePinning.ClientProcess("node", ["rate.mjs", url.ToString(), body, rate.ToString(CultureInfo.InvariantCulture), seconds.ToString(CultureInfo.InvariantCulture), connections.ToString(CultureInfo.InvariantCulture)]);
        start.WorkingDirectory = folder;
        start.RedirectStandardOutput = true;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var json = JsonDocument.Parse(output).RootElement;
        return new Result(
            json.GetProperty("p50").GetDouble(),
            json.GetProperty("p99").GetDouble(),
            json.GetProperty("requestsPerSecond").GetDouble(),
            json.GetProperty("non2xx").GetInt32() + json.GetProperty("errors").GetInt32() + json.GetProperty("timeouts").GetInt32());
    }
}
