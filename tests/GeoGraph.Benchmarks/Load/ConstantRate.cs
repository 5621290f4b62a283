using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace GeoGraph.Benchmarks.Load;

/// <summary>Runs <see cref="SteadyRate"/> as a process of its own (on the load generators' core) and reads its percentiles.</summary>
internal static class ConstantRate
{
    public sealed record Result(double P50Milliseconds, double P99Milliseconds, double RequestsPerSecond, int Failures);

    public static async Task<Result> RunAsync(Uri url, string body, int rate, int seconds, int connections)
    {
        var start = CorePinning.ClientProcess("dotnet",
        [
            typeof(SteadyRate).Assembly.Location, "pace", url.ToString(), body, rate.ToString(CultureInfo.InvariantCulture),
            seconds.ToString(CultureInfo.InvariantCulture), connections.ToString(CultureInfo.InvariantCulture),
        ]);
        start.RedirectStandardOutput = true;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("the steady-rate generator did not start");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var json = JsonDocument.Parse(output).RootElement;
        return new Result(
            json.GetProperty("p50").GetDouble(),
            json.GetProperty("p99").GetDouble(),
            json.GetProperty("requestsPerSecond").GetDouble(),
            json.GetProperty("non2xx").GetInt32());
    }
}
