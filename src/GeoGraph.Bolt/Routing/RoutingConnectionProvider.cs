using System.Collections.Concurrent;
using GeoGraph.Bolt.Connections;
using GeoGraph.Bolt.Diagnostics;
using GeoGraph.Bolt.Errors;
using GeoGraph.Bolt.Pooling;
using GeoGraph.Bolt.Transactions;

namespace GeoGraph.Bolt.Routing;

/// <summary>
/// A cluster (<c>neo4j://</c>): one routing table per database, refreshed with ROUTE when it expires
/// or lacks a server for the access mode; reads spread round-robin over readers; failed servers
/// are forgotten, and a former leader is dropped from the writers.
/// </summary>
internal sealed partial class RoutingConnectionProvider(BoltUri uri, Func<ServerAddress, ConnectionPool> newPool) : IConnectionProvider
{
    private readonly ConcurrentDictionary<ServerAddress, ConnectionPool> _pools = new();
    private readonly ConcurrentDictionary<string, RoutingTable> _tables = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private int _roundRobin = -1;

    public async Task<BoltConnection> AcquireAsync(AccessMode mode, string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken)
    {
        var table = await GetTableAsync(mode, database, bookmarks, cancellationToken).ConfigureAwait(false);
        var servers = table.ServersFor(mode);
        var start = Interlocked.Increment(ref _roundRobin) & int.MaxValue;
        ServiceUnavailableException? lastError = null;
        for (var i = 0; i < servers.Count; i++)
        {
            var server = servers[(start + i) % servers.Count];
            try
            {
                return await Pool(server).AcquireAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (ServiceUnavailableException e)
            {
                lastError = e;
                Forget(server);
            }
        }

        throw new SessionExpiredException($"No {(mode == AccessMode.Read ? "reader" : "writer")} of database '{database ?? "(home)"}' could be reached.", lastError);
    }

    public ValueTask ReleaseAsync(BoltConnection connection) => Pool(connection.Address).ReleaseAsync(connection);

    public Exception OnError(ServerAddress server, Exception error, AccessMode mode, string? database)
    {
        switch (error)
        {
            case ServiceUnavailableException or IncompleteCommitException:
                Forget(server);
                return error;
            case Neo4jServerException { IsAuthorizationExpired: true }:
                Pool(server).MarkIdleBroken();
                return error;
            case Neo4jServerException { Code: "Neo.TransientError.General.DatabaseUnavailable" }:
                Update(database, table => table.Forget(server));
                return error;
            case Neo4jServerException { Code: "Neo.ClientError.Cluster.NotALeader" or "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase" } leaderError:
                Update(database, table => table.ForgetWriter(server));

                // In a read transaction this is a real error (a write was attempted), not a leader switch.
                return mode == AccessMode.Write
                    ? new SessionExpiredException($"{server} is no longer the writer of database '{database ?? "(home)"}'.", leaderError)
                    : error;
            default:
                return error;
        }
    }

    public async Task<ServerInfo> VerifyConnectivityAsync(string? database, CancellationToken cancellationToken)
    {
        var connection = await AcquireAsync(AccessMode.Read, database, [], cancellationToken).ConfigureAwait(false);
        var info = ServerInfo.Of(connection);
        await ReleaseAsync(connection).ConfigureAwait(false);
        return info;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var pool in _pools.Values)
        {
            await pool.DisposeAsync().ConfigureAwait(false);
        }

        // The pools stay registered, closed, so that connections still in use are discarded on release.
        _refresh.Dispose();
    }

    internal RoutingTable? TableFor(string? database) => _tables.GetValueOrDefault(database ?? string.Empty);

    private ConnectionPool Pool(ServerAddress server) => _pools.GetOrAdd(server, newPool);

    /// <summary>Drops a server from every table; its idle connections are closed with it.</summary>
    private void Forget(ServerAddress server)
    {
        if (_pools.TryGetValue(server, out var pool))
        {
            pool.MarkIdleBroken();
        }

        foreach (var key in _tables.Keys)
        {
            Update(key, table => table.Forget(server));
        }
    }

    private void Update(string? database, Func<RoutingTable, RoutingTable> change)
    {
        var key = database ?? string.Empty;
        while (_tables.TryGetValue(key, out var table) && !_tables.TryUpdate(key, change(table), table))
        {
        }
    }
}
