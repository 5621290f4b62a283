using System.Diagnostics.Metrics;

namespace GeoGraph.Benchmarks.Load;

/// <summary>
/// The server's own view of request durations (ASP.NET Core's <c>http.server.request.duration</c>), per
/// route, while recording: latency without the load generator's or the loopback network's share.
/// </summary>
internal sealed class ServerTimings : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly List<double> _milliseconds = [];
    private string? _route;

    public ServerTimings()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "Microsoft.AspNetCore.Hosting" && instrument.Name == "http.server.request.duration")
                listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<double>((_, seconds, tags, _) =>
        {
            var route = Volatile.Read(ref _route);
            if (route is null)
                return;
            foreach (var tag in tags)
            {
                if (tag.Key == "http.route" && route.Equals(tag.Value as string, StringComparison.Ordinal))
                {
                    lock (_milliseconds)
                        _milliseconds.Add(seconds * 1000);
                }
            }
        });
        _listener.Start();
    }

    /// <summary>Starts recording the durations of requests to <paramref name="route"/> (the route pattern).</summary>
    public void Record(string route)
    {
        lock (_milliseconds)
            _milliseconds.Clear();
        Volatile.Write(ref _route, route);
    }

    /// <summary>Stops recording and returns the p50 and p99 of what was recorded.</summary>
    public (double P50, double P99) Stop()
    {
        Volatile.Write(ref _route, null);
        lock (_milliseconds)
        {
            _milliseconds.Sort();
            double At(double p) => _milliseconds.Count == 0 ? 0 : _milliseconds[Math.Min(_milliseconds.Count - 1, (int)(p / 100 * _milliseconds.Count))];
            return (At(50), At(99));
        }
    }

    public void Dispose() => _listener.Dispose();
}
