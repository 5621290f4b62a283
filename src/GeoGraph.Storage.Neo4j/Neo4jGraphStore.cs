using GeoGraph.Bolt;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Neo4j.Cypher;
using GeoGraph.Storage.Neo4j.Mapping;
using GeoGraph.Storage.Neo4j.Parameters;
using GeoGraph.Storage.Neo4j.Sessions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GeoGraph.Storage.Neo4j;

/// <summary>
/// The store on Neo4j, in Cypher over GeoGraph.Bolt. Every statement is a resource file under
/// <c>Cypher/</c> run with parameters; each port call is one managed transaction, re-run as a whole
/// after transient errors (deadlocks, leader switches, lost connections).
/// </summary>
public sealed partial class Neo4jGraphStore : IGraphStore
{
    private static readonly Row EmptyRow = new Dictionary<string, object?>();

    private readonly ICypherSession _session;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    /// <summary>Creates the store over <paramref name="driver"/>; run <see cref="Neo4jSchema"/> before use.</summary>
    /// <param name="time">The clock audit entries are stamped with; the system clock when not given.</param>
    public Neo4jGraphStore(BoltDriver driver, IOptions<Neo4jOptions> options, ILogger<Neo4jGraphStore> logger, TimeProvider? time = null)
        : this(new BoltCypherSession(driver, (options ?? throw new ArgumentNullException(nameof(options))).Value.TransactionConfig()), logger, time ?? TimeProvider.System)
    {
    }

    internal Neo4jGraphStore(ICypherSession session, ILogger logger, TimeProvider time)
    {
        _session = session;
        _logger = logger;
        _time = time;
    }

    private Task<T> ReadAsync<T>(Func<ICypherTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        _session.ReadAsync(work, cancellationToken);

    private Task<T> WriteAsync<T>(Func<ICypherTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        _session.WriteAsync(work, cancellationToken);

    /// <summary>Runs a statement that returns one row (aggregating ones always do) and returns it, or an empty row.</summary>
    private static async Task<Row> SingleAsync(ICypherTransaction tx, CypherQuery query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        var rows = await tx.RunAsync(query, parameters, cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? EmptyRow : rows[0];
    }

    /// <summary>Runs a by-id statement and returns what it found in the order of the ids, each once; unknown ids are left out.</summary>
    private static async Task<List<T>> LoadByIdAsync<T>(
        ICypherTransaction tx, CypherQuery query, IEnumerable<string> ids, Func<Row, T> map, Func<T, string> idOf, CancellationToken cancellationToken)
    {
        var wanted = CypherParameters.Ids(ids);
        if (wanted.Count == 0)
            return [];
        var rows = await tx.RunAsync(query, CypherParameters.Of(("ids", wanted)), cancellationToken).ConfigureAwait(false);
        var byId = rows.Select(map).DistinctBy(idOf).ToDictionary(idOf, StringComparer.Ordinal);
        return [.. wanted.Cast<string>().Where(byId.ContainsKey).Select(id => byId[id])];
    }

    /// <summary>A row of {total, page} as a page of the ids or maps it lists.</summary>
    private static (int Total, IReadOnlyList<object?> Items) TotalAndPage(Row row, string items = "page") =>
        row.Count == 0 ? (0, []) : (row.Int("total"), row.List(items));
}
