using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace GeoGraph.Benchmarks.Load;

/// <summary>Runs Debian's wrk against a URL (GET, or POST with a JSON body) and reads its summary.</summary>
internal static partial class Wrk
{
    public sealed record Result(double RequestsPerSecond, double P50Milliseconds, double P99Milliseconds, int Errors);

    public static async Task<Result> RunAsync(Uri url, string? postBody, int connections, int seconds)
    {
        string? script = null;
        var arguments = new List<string> { "-t2", $"-c{connections}", $"-d{seconds}s", "--latency" };
        if (postBody is not null)
        {
            script = Path.GetTempFileName();
            var escaped = postBody.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
            await File.WriteAllTextAsync(script, $"wrk.method = \"POST\"\nwrk.body = \"{escaped}\"\nwrk.headers[\"Content-Type\"] = \"application/json\"\n");
            arguments.AddRange(["-s", script]);
        }
        arguments.Add(url.ToString());
        try
        {
            var start = CorePinning.ClientProcess("wrk", arguments);
            start.RedirectStandardOutput = true;
            start.RedirectStandardError = true;
            using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start; apt-get install wrk");
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return Parse(output);
        }
        finally
        {
            if (script is not null)
                File.Delete(script);
        }
    }

    private static Result Parse(string output)
    {
        var rps = double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var errors = ErrorCounts().Matches(output).Sum(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
        var non2xx = NonSuccess().Match(output) is { Success: true } m2 ? int.Parse(m2.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        return new Result(rps, Percentile(output, "50"), Percentile(output, "99"), errors + non2xx);
    }

    private static double Percentile(string output, string percent)
    {
        var match = Regex.Match(output, $@"^\s*{percent}%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"(?:connect|read|write|timeout) (\d+)")]
    private static partial Regex ErrorCounts();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex NonSuccess();
}
