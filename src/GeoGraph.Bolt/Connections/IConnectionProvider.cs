using GeoGraph.Bolt.Transactions;

namespace GeoGraph.Bolt.Connections;

/// <summary>Hands out connections for a unit of work: one pool for <c>bolt://</c>, routed pools for <c>neo4j://</c>.</summary>
internal interface IConnectionProvider : IAsyncDisposable
{
    Task<BoltConnection> AcquireAsync(AccessMode mode, string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken);

    ValueTask ReleaseAsync(BoltConnection connection);

    /// <summary>Learns from a failed unit of work (forget a dead server or a former leader) and returns the error to surface.</summary>
    Exception OnError(ServerAddress server, Exception error, AccessMode mode, string? database);

    Task<ServerInfo> VerifyConnectivityAsync(string? database, CancellationToken cancellationToken);
}
