namespace GeoGraph.Bolt.Connections;

/// <summary>Everything a single connection needs to open and talk, derived from the driver options.</summary>
internal sealed record ConnectionSettings(
    IReadOnlyDictionary<string, object?> AuthToken,
    string UserAgent,
    TlsMode Tls,
    IReadOnlyDictionary<string, object?>? RoutingContext,
    TimeSpan ConnectionTimeout,
    TimeSpan ReadTimeout,
    int MaxMessageSize,
    bool UseManifestHandshake);
