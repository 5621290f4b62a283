using System.Diagnostics;
using GeoGraph.Bolt.Diagnostics;
using GeoGraph.Bolt.Errors;

namespace GeoGraph.Bolt.Retries;

/// <summary>
/// Re-runs a unit of work after retryable errors with exponential backoff and ±jitter until the
/// time budget is spent (driver convention: first delay 1 s, ×2, ±20 %, 30 s in all).
/// </summary>
internal sealed class RetryPolicy(TimeSpan maxRetryTime, TimeSpan initialDelay, double multiplier, double jitter)
{
    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var delay = initialDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await work(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (IsRetryable(e) && Stopwatch.GetElapsedTime(started) < maxRetryTime && !cancellationToken.IsCancellationRequested)
            {
                BoltTelemetry.Retries.Add(1, new KeyValuePair<string, object?>("error", e is Neo4jServerException server ? server.Code : e.GetType().Name));
                Activity.Current?.AddEvent(new ActivityEvent("retry", tags: new ActivityTagsCollection { ["attempt"] = attempt, ["error"] = e.Message }));
                await Task.Delay(Jittered(delay), cancellationToken).ConfigureAwait(false);
                delay = TimeSpan.FromTicks((long)(delay.Ticks * multiplier));
            }
        }
    }

    public static bool IsRetryable(Exception error) => error is BoltException { IsRetryable: true };

    private TimeSpan Jittered(TimeSpan delay)
    {
        var factor = 1 + (jitter * ((2 * Random.Shared.NextDouble()) - 1));
        return TimeSpan.FromTicks((long)(delay.Ticks * factor));
    }
}
