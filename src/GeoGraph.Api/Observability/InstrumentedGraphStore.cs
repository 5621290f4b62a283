using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;
using GeoGraph.Core.Storage;

namespace GeoGraph.Api.Observability;

/// <summary>
/// Wraps every call of the store port in a span and counts it, whatever methods the port grows:
/// a dispatch proxy sees each call, so no method can be forgotten.
/// </summary>
public class InstrumentedGraphStore : DispatchProxy
{
    private IGraphStore _inner = null!;
    private Counter<long> _calls = null!;
    private Histogram<double> _duration = null!;

    /// <summary>The store behind <paramref name="inner"/>, instrumented with meters from <paramref name="meters"/>.</summary>
    public static IGraphStore Wrap(IGraphStore inner, IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var proxy = Create<IGraphStore, InstrumentedGraphStore>();
        var instrumented = (InstrumentedGraphStore)(object)proxy;
        var meter = meters.Create(Telemetry.Name);
        instrumented._inner = inner;
        instrumented._calls = meter.CreateCounter<long>(Telemetry.StoreCalls, description: "Calls of the graph store port.");
        instrumented._duration = meter.CreateHistogram<double>(Telemetry.StoreDuration, "ms", "Duration of graph store calls.");
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        var operation = new KeyValuePair<string, object?>("operation", targetMethod.Name);
        _calls.Add(1, operation);
        var activity = Telemetry.Source.StartActivity("store " + targetMethod.Name, ActivityKind.Client);
        activity?.SetTag("db.system", "geograph.store");
        activity?.SetTag("db.operation", targetMethod.Name);
        var started = Stopwatch.GetTimestamp();
        object? result;
        try
        {
            result = targetMethod.Invoke(_inner, args);
        }
        catch (TargetInvocationException error) when (error.InnerException is { } inner)
        {
            Finish(activity, started, operation, inner);
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(inner).Throw();
            throw;
        }
        if (result is Task task)
        {
            task.ContinueWith(t => Finish(activity, started, operation, t.Exception?.InnerException), TaskScheduler.Default);
            return result;
        }
        Finish(activity, started, operation, null);
        return result;
    }

    private void Finish(Activity? activity, long started, KeyValuePair<string, object?> operation, Exception? error)
    {
        _duration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, operation);
        if (error is not null)
            activity?.SetStatus(ActivityStatusCode.Error, error.GetType().Name);
        activity?.Dispose();
    }
}
