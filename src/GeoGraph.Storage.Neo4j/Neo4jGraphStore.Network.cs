using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Storage.Rules;
using GeoGraph.Storage.Neo4j.Mapping;
using GeoGraph.Storage.Neo4j.Parameters;
using GeoGraph.Storage.Neo4j.Sessions;

namespace GeoGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <inheritdoc />
    /// <remarks>
    /// Grown by <see cref="NetworkGrowth"/> in one read transaction, each level reading the relations
    /// touching the frontier in one statement.
    /// </remarks>
    public Task<Subgraph> GetNetworkAsync(NetworkQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        query = query.Validated();
        var filter = RelationFilter.Of(query);
        return ReadAsync(async tx =>
        {
            if ((await LoadEntitiesAsync(tx, [query.Centre.Value], cancellationToken).ConfigureAwait(false)).Count == 0)
                return new Subgraph([], [], Truncated: false);

            var grown = await NetworkGrowth.GrowAsync(
                query,
                async (frontier, ct) => await RelationsAroundAsync(tx, filter, [.. frontier.Select(n => n.Value)], peers: null, ct).ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);
            var nodes = grown.Nodes.Select(n => n.Value).ToList();
            var entities = await LoadEntitiesAsync(tx, nodes, cancellationToken).ConfigureAwait(false);
            var edges = (await RelationsAroundAsync(tx, filter, nodes, peers: nodes, cancellationToken).ConfigureAwait(false))
                .StrongestFirst().ToList();
            return new Subgraph(entities, [.. edges.Take(query.MaxEdges)], grown.Truncated || edges.Count > query.MaxEdges);
        }, cancellationToken);
    }

    /// <summary>
    /// The relations passing <paramref name="filter"/> with an end among <paramref name="nodes"/> (both ends
    /// among <paramref name="peers"/> when given), each once.
    /// </summary>
    private static async Task<List<Relation>> RelationsAroundAsync(
        ICypherTransaction tx, RelationFilter filter, IReadOnlyList<string> nodes, IReadOnlyCollection<string>? peers, CancellationToken cancellationToken)
    {
        var parameters = filter.ListParameters(nodes, RelationDirection.Any, (null, null, null), peers, RelationSort.ClaimCount, 0, int.MaxValue);
        var pages = await ListRelationsAsync(tx, parameters, 0, cancellationToken).ConfigureAwait(false);
        return [.. pages.SelectMany(p => p.Page.Items).DistinctBy(r => r.Key)];
    }
}
