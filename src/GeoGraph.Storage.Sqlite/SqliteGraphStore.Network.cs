using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Sqlite.Mapping;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    // Neighbours of a frontier, strongest relations first, so a node bound keeps the best-supported ones.
    private const string NeighboursQuery = """
        SELECT r.to_id AS neighbour, r.claim_count FROM relations r WHERE r.from_id IN (SELECT value FROM json_each($frontier))
        UNION ALL
        SELECT r.from_id, r.claim_count FROM relations r WHERE r.to_id IN (SELECT value FROM json_each($frontier))
        ORDER BY 2 DESC, 1
        """;

    /// <inheritdoc />
    public Task<Subgraph> GetNetworkAsync(NetworkQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        query = query.Validated();
        return ReadAsync(async connection =>
        {
            var centre = await LoadEntitiesAsync(connection, new SqlFilter().Where("e.id = $id", ("$id", query.Centre.Value)), "", cancellationToken).ConfigureAwait(false);
            if (centre.Count == 0)
                return new Subgraph([], [], Truncated: false);

            var nodes = new List<string> { query.Centre.Value };
            var seen = new HashSet<string>(nodes, StringComparer.Ordinal);
            var frontier = nodes.ToList();
            var truncated = false;
            for (var depth = 1; depth <= query.Depth && frontier.Count > 0 && !truncated; depth++)
            {
                var next = new List<string>();
                foreach (var neighbour in await NeighboursAsync(connection, frontier, cancellationToken).ConfigureAwait(false))
                {
                    if (seen.Contains(neighbour))
                        continue;
                    if (seen.Count >= query.MaxNodes)
                    {
                        truncated = true;
                        break;
                    }
                    seen.Add(neighbour);
                    next.Add(neighbour);
                }
                nodes.AddRange(next);
                frontier = next;
            }

            var ids = SqlValues.JsonArray(nodes);
            var entities = await LoadEntitiesAsync(connection, new SqlFilter().Where("e.id IN (SELECT value FROM json_each($ids))", ("$ids", ids)), "", cancellationToken).ConfigureAwait(false);
            var edgeFilter = new SqlFilter()
                .Where("r.from_id IN (SELECT value FROM json_each($ids))", ("$ids", ids))
                .Where("r.to_id IN (SELECT value FROM json_each($ids))");
            var edges = await LoadRelationsAsync(connection, edgeFilter, RelationOrder, cancellationToken).ConfigureAwait(false);
            var order = nodes.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
            return new Subgraph(entities.OrderBy(e => order[e.Id.Value]).ToList(), edges, truncated);
        }, cancellationToken);
    }

    private static async Task<List<string>> NeighboursAsync(SqliteConnection connection, List<string> frontier, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, NeighboursQuery);
        command.Parameters.AddWithValue("$frontier", SqlValues.JsonArray(frontier));
        var neighbours = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            neighbours.Add(reader.GetString(0));
        return neighbours;
    }
}
