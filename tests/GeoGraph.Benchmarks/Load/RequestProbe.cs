using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace GeoGraph.Benchmarks.Load;

/// <summary>
/// The server's own view of each request, as the first middleware of the pipeline sees it: how long it
/// took, how much of that the runtime spent paused for garbage collection, and how long the request's
/// thread waited for a core (when the request ended on the thread it started on, as most do). Latency
/// without the load generator's or the loopback network's share, and the evidence of what made the
/// slowest requests slow.
/// </summary>
internal sealed class RequestProbe : IStartupFilter
{
    private readonly List<Timed> _requests = [];
    private string? _pathPrefix;

    /// <summary>
    /// The percentiles, and of the slowest 1 %: the share a collection paused, the share that waited for a
    /// core longer than the median request took; and the p99 of the requests neither paused nor kept waiting that long.
    /// </summary>
    public sealed record Summary(double P50, double P99, int Requests, double SlowestPausedShare, double SlowestWaitedShare, double P99Undisturbed);

    private readonly record struct Timed(double Milliseconds, double PausedMilliseconds, double WaitedMilliseconds);

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            var prefix = Volatile.Read(ref _pathPrefix);
            if (prefix is null || !context.Request.Path.StartsWithSegments(prefix, StringComparison.Ordinal))
            {
                await nextMiddleware(context);
                return;
            }
            var thread = Environment.CurrentManagedThreadId;
            var waited = ThreadRunQueue.WaitedMilliseconds();
            var paused = GC.GetTotalPauseDuration();
            var started = Stopwatch.GetTimestamp();
            await nextMiddleware(context);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var pausedInside = (GC.GetTotalPauseDuration() - paused).TotalMilliseconds;
            var waitedInside = thread == Environment.CurrentManagedThreadId ? ThreadRunQueue.WaitedMilliseconds() - waited : double.NaN;
            lock (_requests)
                _requests.Add(new Timed(elapsed, pausedInside, waitedInside));
        });
        next(app);
    };

    /// <summary>Starts recording the requests whose path starts with <paramref name="pathPrefix"/>.</summary>
    public void Record(string pathPrefix)
    {
        lock (_requests)
            _requests.Clear();
        Volatile.Write(ref _pathPrefix, pathPrefix);
    }

    /// <summary>Stops recording and sums up what was recorded.</summary>
    public Summary Stop()
    {
        Volatile.Write(ref _pathPrefix, null);
        lock (_requests)
        {
            if (_requests.Count == 0)
                return new Summary(0, 0, 0, 0, 0, 0);
            var sorted = _requests.OrderBy(r => r.Milliseconds).ToList();
            var p50 = sorted[Index(sorted.Count, 50)].Milliseconds;
            // A thread that switched mid-request (NaN) is counted as disturbed: its wait is unknown.
            bool Waited(Timed r) => !(r.WaitedMilliseconds <= p50);
            var undisturbed = sorted.Where(r => r.PausedMilliseconds == 0 && !Waited(r)).Select(r => r.Milliseconds).ToList();
            var slowest = sorted.Skip(Index(sorted.Count, 99)).ToList();
            return new Summary(
                p50,
                sorted[Index(sorted.Count, 99)].Milliseconds,
                sorted.Count,
                slowest.Count(r => r.PausedMilliseconds > 0) / (double)slowest.Count,
                slowest.Count(Waited) / (double)slowest.Count,
                undisturbed.Count == 0 ? 0 : undisturbed[Index(undisturbed.Count, 99)]);
        }
    }

    private static int Index(int count, double percentile) => Math.Min(count - 1, (int)(percentile / 100 * count));
}
