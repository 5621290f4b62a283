using GeoGraph.Bolt.Connections;
using GeoGraph.Bolt.Diagnostics;
using GeoGraph.Bolt.Errors;
using GeoGraph.Bolt.Messages;
using GeoGraph.Bolt.Transactions;

namespace GeoGraph.Bolt.Routing;

/// <summary>Fetching routing tables: ask each known router in turn, then the address of the URI.</summary>
internal sealed partial class RoutingConnectionProvider
{
    private async Task<RoutingTable> GetTableAsync(AccessMode mode, string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken)
    {
        var key = database ?? string.Empty;
        if (_tables.TryGetValue(key, out var table) && !table.IsStaleFor(mode))
        {
            return table;
        }

        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_tables.TryGetValue(key, out table) && !table.IsStaleFor(mode))
            {
                return table;
            }

            var fresh = await DiscoverAsync(table?.Routers ?? [], database, bookmarks, cancellationToken).ConfigureAwait(false);
            _tables[key] = fresh;
            if (fresh.ServersFor(mode).Count == 0)
            {
                throw new SessionExpiredException($"The routing table of database '{database ?? "(home)"}' lists no {(mode == AccessMode.Read ? "reader" : "writer")}.");
            }

            return fresh;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private async Task<RoutingTable> DiscoverAsync(IReadOnlyList<ServerAddress> routers, string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken)
    {
        Exception? lastError = null;
        foreach (var router in routers.Append(uri.Address).Distinct())
        {
            try
            {
                return await FetchAsync(router, database, bookmarks, cancellationToken).ConfigureAwait(false);
            }
            catch (Neo4jServerException e) when (AbortsDiscovery(e.Code))
            {
                throw;
            }
            catch (BoltException e)
            {
                lastError = e;
                if (e is ServiceUnavailableException)
                {
                    Forget(router);
                }
            }
        }

        throw new ServiceUnavailableException($"No router of {uri} could provide a routing table.", lastError);
    }

    private async Task<RoutingTable> FetchAsync(ServerAddress router, string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken)
    {
        using var activity = BoltTelemetry.Source.StartActivity("bolt.route");
        activity?.SetTag("server.address", router.ToString());
        var pool = Pool(router);
        var connection = await pool.AcquireAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            connection.Send(new RouteMessage(uri.RoutingContext, bookmarks, database));
            await connection.FlushAsync(cancellationToken).ConfigureAwait(false);
            var success = await connection.ExpectSuccessAsync(cancellationToken).ConfigureAwait(false);
            var rt = success.Get<IReadOnlyDictionary<string, object?>>("rt") ?? throw new BoltProtocolException("ROUTE succeeded without a routing table.");
            BoltTelemetry.RoutingTableRefreshes.Add(1);
            return RoutingTable.Parse(rt, database);
        }
        finally
        {
            await pool.ReleaseAsync(connection).ConfigureAwait(false);
        }
    }

    /// <summary>Errors that no other router would answer differently (driver convention).</summary>
    private static bool AbortsDiscovery(string code) => code switch
    {
        "Neo.ClientError.Database.DatabaseNotFound" or
        "Neo.ClientError.Transaction.InvalidBookmark" or
        "Neo.ClientError.Transaction.InvalidBookmarkMixture" or
        "Neo.ClientError.Statement.TypeError" or
        "Neo.ClientError.Statement.ArgumentError" or
        "Neo.ClientError.Request.Invalid" => true,
        "Neo.ClientError.Security.AuthorizationExpired" => false,
        _ => code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal),
    };
}
