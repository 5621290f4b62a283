using GeoGraph.Bolt.Connections;
using GeoGraph.Bolt.Errors;
using GeoGraph.Bolt.Transactions;

namespace GeoGraph.Bolt.Routing;

/// <summary>
/// Who serves one database (spec "ROUTE"): routers answer ROUTE, readers take read transactions,
/// writers take write transactions; valid until <see cref="ExpiresAt"/> (fetch time + ttl).
/// </summary>
internal sealed record RoutingTable(
    string? Database,
    IReadOnlyList<ServerAddress> Routers,
    IReadOnlyList<ServerAddress> Readers,
    IReadOnlyList<ServerAddress> Writers,
    long ExpiresAt)
{
    public IReadOnlyList<ServerAddress> ServersFor(AccessMode mode) => mode == AccessMode.Read ? Readers : Writers;

    /// <summary>Needs a refresh: expired, no routers left, or nobody to serve <paramref name="mode"/>.</summary>
    public bool IsStaleFor(AccessMode mode) =>
        Environment.TickCount64 >= ExpiresAt || Routers.Count == 0 || ServersFor(mode).Count == 0;

    public RoutingTable Forget(ServerAddress server) => this with
    {
        Routers = [.. Routers.Where(s => s != server)],
        Readers = [.. Readers.Where(s => s != server)],
        Writers = [.. Writers.Where(s => s != server)],
    };

    public RoutingTable ForgetWriter(ServerAddress server) => this with { Writers = [.. Writers.Where(s => s != server)] };

    /// <summary>Reads the <c>rt</c> map of a ROUTE SUCCESS; a missing role means nobody in it.</summary>
    public static RoutingTable Parse(IReadOnlyDictionary<string, object?> rt, string? requestedDatabase)
    {
        var ttl = rt.GetValueOrDefault("ttl") as long? ?? throw new BoltProtocolException("The routing table has no ttl.");
        var servers = rt.GetValueOrDefault("servers") as object?[] ?? throw new BoltProtocolException("The routing table has no servers.");
        var roles = new Dictionary<string, List<ServerAddress>>(StringComparer.Ordinal)
        {
            ["ROUTE"] = [],
            ["READ"] = [],
            ["WRITE"] = [],
        };
        foreach (var entry in servers.OfType<IReadOnlyDictionary<string, object?>>())
        {
            if (entry.GetValueOrDefault("role") is string role && roles.TryGetValue(role, out var list) && entry.GetValueOrDefault("addresses") is object?[] addresses)
            {
                list.AddRange(addresses.OfType<string>().Select(ServerAddress.Parse));
            }
        }

        var expiresAt = Environment.TickCount64 + (long)Math.Min(ttl * 1000.0, int.MaxValue);
        return new RoutingTable(rt.GetValueOrDefault("db") as string ?? requestedDatabase, roles["ROUTE"], roles["READ"], roles["WRITE"], expiresAt);
    }
}
