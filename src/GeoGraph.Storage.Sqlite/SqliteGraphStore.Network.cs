using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Storage.Rules;
using GeoGraph.Storage.Sqlite.Mapping;
using GeoGraph.Storage.Sqlite.Queries;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    private const string TouchesNodes = "x.from_id IN (SELECT value FROM json_each($nodes)) OR x.to_id IN (SELECT value FROM json_each($nodes))";

    private const string BetweenNodes = "x.from_id IN (SELECT value FROM json_each($nodes)) AND x.to_id IN (SELECT value FROM json_each($nodes))";

    /// <inheritdoc />
    public Task<Subgraph> GetNetworkAsync(NetworkQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        query = query.Validated();
        var edges = RelationFilter.Of(query);
        return ReadAsync(async connection =>
        {
            var centre = await LoadEntitiesAsync(connection, new SqlFilter().Where("e.id = $id", ("$id", query.Centre.Value)), "", cancellationToken).ConfigureAwait(false);
            if (centre.Count == 0)
                return new Subgraph([], [], Truncated: false);

            var grown = await NetworkGrowth.GrowAsync(
                query,
                async (frontier, ct) => await IncidentRelationsAsync(connection, edges, [.. frontier.Select(n => n.Value)], ct).ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);
            var nodes = grown.Nodes.Select(n => n.Value).ToList();
            var truncated = grown.Truncated;

            var entities = await LoadEntitiesAsync(connection, new SqlFilter().Where("e.id IN (SELECT value FROM json_each($ids))", ("$ids", SqlValues.JsonArray(nodes))), "", cancellationToken).ConfigureAwait(false);
            var between = new RelationSelection(edges).Scope(BetweenNodes, ("$nodes", SqlValues.JsonArray(nodes)));
            // One row past the bound tells whether the bound cut anything.
            var relations = await LoadRelationsAsync(connection, between, $"{RelationOrder} LIMIT {query.MaxEdges + 1}", cancellationToken).ConfigureAwait(false);
            if (relations.Count > query.MaxEdges)
            {
                relations.RemoveAt(relations.Count - 1);
                truncated = true;
            }
            var order = nodes.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
            return new Subgraph(entities.OrderBy(e => order[e.Id.Value]).ToList(), relations, truncated);
        }, cancellationToken);
    }

    /// <summary>The relations passing <paramref name="edges"/> with at least one end among <paramref name="nodes"/>.</summary>
    private static Task<List<Relation>> IncidentRelationsAsync(SqliteConnection connection, RelationFilter edges, IReadOnlyCollection<string> nodes, CancellationToken cancellationToken)
    {
        var selection = new RelationSelection(edges).Scope(TouchesNodes, ("$nodes", SqlValues.JsonArray(nodes)));
        return LoadRelationsAsync(connection, selection, "", cancellationToken);
    }
}
