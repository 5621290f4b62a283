using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace GeoGraph.Bolt.Diagnostics;

/// <summary>
/// GeoGraph.Bolt reports through <see cref="ActivitySource"/> and <see cref="Meter"/> (both named
/// <see cref="Name"/>) rather than a logger, so that the library stays BCL-only.
/// </summary>
public static class BoltTelemetry
{
    /// <summary>The name of the activity source and the meter.</summary>
    public const string Name = "GeoGraph.Bolt";

    internal static readonly ActivitySource Source = new(Name);

    internal static readonly Meter Meter = new(Name);

    internal static readonly Counter<long> ConnectionsOpened = Meter.CreateCounter<long>("bolt.connections.opened", description: "Connections opened (handshake and authentication done).");

    internal static readonly Counter<long> ConnectionsDiscarded = Meter.CreateCounter<long>("bolt.connections.discarded", description: "Connections closed because they broke, expired or failed a liveness check.");

    internal static readonly Counter<long> ServerFailures = Meter.CreateCounter<long>("bolt.server.failures", description: "FAILURE messages received, tagged with the Neo4j code.");

    internal static readonly Counter<long> Retries = Meter.CreateCounter<long>("bolt.transactions.retries", description: "Managed transaction attempts retried after a retryable error.");

    internal static readonly Counter<long> RoutingTableRefreshes = Meter.CreateCounter<long>("bolt.routing.refreshes", description: "Routing tables fetched with ROUTE.");

    internal static readonly Histogram<double> AcquisitionTime = Meter.CreateHistogram<double>("bolt.connections.acquisition_time", unit: "ms", description: "Time to get a connection from the pool.");
}
