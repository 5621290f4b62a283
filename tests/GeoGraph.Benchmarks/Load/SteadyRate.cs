using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace GeoGraph.Benchmarks.Load;

/// <summary>
/// A constant-rate load generator (the <c>pace</c> verb, run as its own process on its own core). A
/// dedicated thread wakes every millisecond and starts the requests due by then, whatever the answers to
/// earlier ones, so a slow server meets the same schedule instead of slowing the sender down; each request
/// is timed from when it was started. (.NET's async timers tick every ~4 ms here, too coarse to pace with.)
/// </summary>
internal static class SteadyRate
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var url = new Uri(args[0]);
        // A body of "-" means GET, for the plain endpoints the run compares against.
        var body = args[1] == "-" ? null : Encoding.UTF8.GetBytes(args[1]);
        var rate = double.Parse(args[2], CultureInfo.InvariantCulture);
        var seconds = int.Parse(args[3], CultureInfo.InvariantCulture);
        var connections = int.Parse(args[4], CultureInfo.InvariantCulture);

        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan });
        var latencies = new List<double>((int)(rate * seconds));
        var failures = 0;
        var pending = new List<Task>();
        var clock = Stopwatch.StartNew();
        var pacer = new Thread(() =>
        {
            long sent = 0;
            while (clock.Elapsed.TotalSeconds < seconds)
            {
                var due = (long)(clock.Elapsed.TotalSeconds * rate);
                for (; sent < due; sent++)
                    pending.Add(SendAsync());
                Thread.Sleep(1);
            }
        }) { IsBackground = true, Name = "pacer" };
        pacer.Start();
        pacer.Join();
        await Task.WhenAll(pending);
        latencies.Sort();
        double At(double p) => latencies[Math.Min(latencies.Count - 1, (int)(p / 100 * latencies.Count))];
        await output.WriteLineAsync(JsonSerializer.Serialize(new
        {
            p50 = At(50), p90 = At(90), p99 = At(99), requestsPerSecond = latencies.Count / (double)seconds, non2xx = failures, errors = 0, timeouts = 0,
        }));
        return 0;

        async Task SendAsync()
        {
            var started = clock.Elapsed.TotalMilliseconds;
            using var content = body is null ? null : new ByteArrayContent(body);
            content?.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            try
            {
                using var response = content is null
                    ? await client.GetAsync(url).ConfigureAwait(false)
                    : await client.PostAsync(url, content).ConfigureAwait(false);
                await response.Content.LoadIntoBufferAsync().ConfigureAwait(false);
                var latency = clock.Elapsed.TotalMilliseconds - started;
                lock (latencies)
                {
                    latencies.Add(latency);
                    if (!response.IsSuccessStatusCode)
                        failures++;
                }
            }
            catch (HttpRequestException)
            {
                Interlocked.Increment(ref failures);
            }
        }
    }
}
