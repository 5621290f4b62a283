using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace GeoGraph.Benchmarks.Load;

/// <summary>
/// A constant-rate load generator (the <c>pace</c> verb, run as its own process on its own core). A
/// dedicated thread wakes every millisecond and starts the requests due by then, whatever the answers to
/// earlier ones, so a slow server meets the same schedule instead of slowing the sender down (no coordinated
/// omission: a stalled server keeps receiving, and every request's wait is counted). Each request is timed
/// from when it went out, and also from when the schedule said it was due (as wrk2 does), which adds the
/// sender's own lateness: up to a millisecond of pacing granularity, and whatever delays the pacer thread. The first
/// <see cref="WarmUpSeconds"/> run the same schedule unrecorded: this process's own JIT and connection set-up
/// would otherwise be the slowest percent. (.NET's async timers tick every ~4 ms here, too coarse to pace with.)
/// </summary>
internal static class SteadyRate
{
    public const int WarmUpSeconds = 2;
    public const string RecordingLine = "recording";

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
        var sinceDue = new List<double>((int)(rate * seconds));
        var failures = 0;
        var pending = new List<Task>();
        RuntimeSnapshot? recordingFrom = null;
        var clock = Stopwatch.StartNew();
        var pacer = new Thread(() =>
        {
            long sent = 0;
            var recording = false;
            while (clock.Elapsed.TotalSeconds < WarmUpSeconds + seconds)
            {
                var due = (long)(clock.Elapsed.TotalSeconds * rate);
                for (; sent < due; sent++)
                {
                    if (!recording && sent >= WarmUpSeconds * rate)
                    {
                        // Tells the run to start its server-side recording with the measured stretch.
                        output.WriteLine(RecordingLine);
                        output.Flush();
                        recording = true;
                        recordingFrom = RuntimeSnapshot.Take();
                    }
                    pending.Add(SendAsync(sent * 1000 / rate, recording));
                }
                Thread.Sleep(1);
            }
        }) { IsBackground = true, Name = "pacer" };
        pacer.Start();
        pacer.Join();
        await Task.WhenAll(pending);
        var spent = RuntimeSnapshot.Take().Since(recordingFrom!);
        latencies.Sort();
        sinceDue.Sort();
        static double At(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)(p / 100 * sorted.Count))];
        await output.WriteLineAsync(JsonSerializer.Serialize(new
        {
            p50 = At(latencies, 50), p90 = At(latencies, 90), p99 = At(latencies, 99), requestsPerSecond = latencies.Count / (double)seconds,
            non2xx = failures, dueP50 = At(sinceDue, 50), dueP99 = At(sinceDue, 99),
            gcPauseMilliseconds = spent.GcPause.TotalMilliseconds, waitedMillisecondsPerSecond = spent.RunQueueWait.TotalMilliseconds / seconds,
        }));
        return 0;

        async Task SendAsync(double dueMilliseconds, bool recorded)
        {
            var sentAt = clock.Elapsed.TotalMilliseconds;
            using var content = body is null ? null : new ByteArrayContent(body);
            content?.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            try
            {
                using var response = content is null
                    ? await client.GetAsync(url).ConfigureAwait(false)
                    : await client.PostAsync(url, content).ConfigureAwait(false);
                await response.Content.LoadIntoBufferAsync().ConfigureAwait(false);
                var answered = clock.Elapsed.TotalMilliseconds;
                if (!recorded)
                    return;
                lock (latencies)
                {
                    latencies.Add(answered - sentAt);
                    sinceDue.Add(answered - dueMilliseconds);
                    if (!response.IsSuccessStatusCode)
                        failures++;
                }
            }
            catch (HttpRequestException) when (recorded)
            {
                Interlocked.Increment(ref failures);
            }
        }
    }
}
