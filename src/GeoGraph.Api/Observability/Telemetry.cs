using System.Diagnostics;

namespace GeoGraph.Api.Observability;

/// <summary>The names under which GeoGraph reports traces and metrics.</summary>
public static class Telemetry
{
    public const string Name = "GeoGraph";

    /// <summary>Spans for GraphQL operations and store calls.</summary>
    public static readonly ActivitySource Source = new(Name);

    /// <summary>The counter of store calls, tagged with the port method called.</summary>
    public const string StoreCalls = "geograph.store.calls";

    /// <summary>The duration histogram of store calls, in milliseconds.</summary>
    public const string StoreDuration = "geograph.store.duration";
}
