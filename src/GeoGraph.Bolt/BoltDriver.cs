using GeoGraph.Bolt.Connections;
using GeoGraph.Bolt.Pooling;
using GeoGraph.Bolt.Retries;
using GeoGraph.Bolt.Routing;
using GeoGraph.Bolt.Transactions;

namespace GeoGraph.Bolt;

/// <summary>
/// The entry point: owns the connection pools (and, for <c>neo4j://</c>, the routing tables), the
/// driver-wide bookmarks and the retry policy. Thread-safe; create one per application and dispose it on shutdown.
/// </summary>
public sealed partial class BoltDriver : IAsyncDisposable
{
    private readonly BoltDriverOptions _options;
    private readonly IConnectionProvider _provider;
    private readonly RetryPolicy _retry;
    private readonly BookmarkManager _bookmarks = new();

    private BoltDriver(BoltDriverOptions options, IConnectionProvider provider)
    {
        _options = options;
        _provider = provider;
        _retry = new RetryPolicy(options.MaxTransactionRetryTime, options.InitialRetryDelay, multiplier: 2, jitter: 0.2);
    }

    /// <summary>Creates a driver; no connection is opened until the first unit of work (or <see cref="VerifyConnectivityAsync"/>).</summary>
    public static BoltDriver Create(BoltDriverOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var uri = BoltUri.Parse(options.Uri ?? throw new ArgumentException("BoltDriverOptions.Uri is required.", nameof(options)));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxPoolSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.FetchSize, -1);
        var settings = new ConnectionSettings(
            AuthTokens.From(options),
            options.UserAgent,
            uri.Tls,
            uri.Routing ? uri.RoutingContext : null,
            options.ConnectionTimeout,
            options.ReadTimeout,
            options.MaxMessageSize,
            options.UseManifestHandshake);
        var poolSettings = new PoolSettings(options.MaxPoolSize, options.ConnectionAcquisitionTimeout, options.IdleTimeBeforeLivenessCheck, options.MaxConnectionLifetime);
        ConnectionPool NewPool(ServerAddress address) => new(address, poolSettings, (a, ct) => BoltConnection.OpenAsync(a, settings, ct));
        IConnectionProvider provider = uri.Routing
            ? new RoutingConnectionProvider(uri, NewPool)
            : new DirectConnectionProvider(NewPool(uri.Address));
        return new BoltDriver(options, provider);
    }

    /// <summary>
    /// Opens (or reuses) a connection, fetching a routing table first under <c>neo4j://</c>, and says which
    /// server answered with which protocol version; throws when no server can be reached or the credentials are refused.
    /// </summary>
    public Task<ServerInfo> VerifyConnectivityAsync(CancellationToken cancellationToken = default) =>
        _provider.VerifyConnectivityAsync(_options.Database, cancellationToken);

    /// <summary>Closes every pooled connection (with GOODBYE).</summary>
    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
