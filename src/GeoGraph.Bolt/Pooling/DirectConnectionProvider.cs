using GeoGraph.Bolt.Connections;
using GeoGraph.Bolt.Errors;
using GeoGraph.Bolt.Transactions;

namespace GeoGraph.Bolt.Pooling;

/// <summary>A single server (<c>bolt://</c>): every unit of work uses its one pool.</summary>
internal sealed class DirectConnectionProvider(ConnectionPool pool) : IConnectionProvider
{
    public Task<BoltConnection> AcquireAsync(AccessMode mode, string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken) =>
        pool.AcquireAsync(cancellationToken);

    public ValueTask ReleaseAsync(BoltConnection connection) => pool.ReleaseAsync(connection);

    public Exception OnError(ServerAddress server, Exception error, AccessMode mode, string? database)
    {
        if (error is Neo4jServerException { IsAuthorizationExpired: true })
        {
            pool.MarkIdleBroken();
        }

        return error;
    }

    public async Task<ServerInfo> VerifyConnectivityAsync(string? database, CancellationToken cancellationToken)
    {
        var connection = await pool.AcquireAsync(cancellationToken).ConfigureAwait(false);
        var info = ServerInfo.Of(connection);
        await pool.ReleaseAsync(connection).ConfigureAwait(false);
        return info;
    }

    public ValueTask DisposeAsync() => pool.DisposeAsync();
}
