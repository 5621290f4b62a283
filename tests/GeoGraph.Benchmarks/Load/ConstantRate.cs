using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace GeoGraph.Benchmarks.Load;

/// <summary>Runs <see cref="SteadyRate"/> as a process of its own (on the load generators' core) and reads its percentiles.</summary>
internal static class ConstantRate
{
    /// <summary>What the generator saw, and what its own process spent paused for collections and waiting for its core.</summary>
    public sealed record Result(
        double P50Milliseconds, double P99Milliseconds, double RequestsPerSecond, int Failures, double DueP50Milliseconds, double DueP99Milliseconds,
        double GcPauseMilliseconds, double WaitedMillisecondsPerSecond);

    /// <summary>Runs the schedule; <paramref name="recording"/> is called when the measured stretch starts, after the warm-up.</summary>
    public static async Task<Result> RunAsync(Uri url, string body, int rate, int seconds, int connections, Action recording)
    {
        var start = CorePinning.ClientProcess("dotnet",
        [
            typeof(SteadyRate).Assembly.Location, "pace", url.ToString(), body, rate.ToString(CultureInfo.InvariantCulture),
            seconds.ToString(CultureInfo.InvariantCulture), connections.ToString(CultureInfo.InvariantCulture),
        ]);
        start.RedirectStandardOutput = true;
        // GC settings tried on the server (DOTNET_gcServer, DOTNET_GCgen0size, …) are not the generator's.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("DOTNET_GC", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("the steady-rate generator did not start");
        string? line, last = null;
        while ((line = await process.StandardOutput.ReadLineAsync()) is not null)
        {
            if (line == SteadyRate.RecordingLine)
                recording();
            else
                last = line;
        }
        await process.WaitForExitAsync();
        var json = JsonDocument.Parse(last ?? throw new InvalidOperationException("the steady-rate generator printed nothing")).RootElement;
        return new Result(
            json.GetProperty("p50").GetDouble(),
            json.GetProperty("p99").GetDouble(),
            json.GetProperty("requestsPerSecond").GetDouble(),
            json.GetProperty("non2xx").GetInt32(),
            json.GetProperty("dueP50").GetDouble(),
            json.GetProperty("dueP99").GetDouble(),
            json.GetProperty("gcPauseMilliseconds").GetDouble(),
            json.GetProperty("waitedMillisecondsPerSecond").GetDouble());
    }
}
