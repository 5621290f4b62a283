using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;

namespace GeoGraph.Api.GraphQL;

/// <summary>
/// A starting view with no centre: walk relations best supported first, take their ends (of the kinds
/// asked for) until the node bound is met, and keep the relations between the chosen nodes.
/// </summary>
internal static class Overview
{
    private const int MaxPagesScanned = 30;

    public static async Task<Subgraph> BuildAsync(IGraphStore store, RelationQuery relations, IReadOnlyList<EntityKind>? kinds, int maxNodes, CancellationToken cancellationToken)
    {
        if (maxNodes is < 1 or > NetworkQuery.NodeLimit)
            throw new InvalidQueryException("MAX_NODES", $"maxNodes must be between 1 and {NetworkQuery.NodeLimit}; got {maxNodes}.");
        var nodes = new List<EntityId>();
        var chosen = new HashSet<EntityId>();
        var edges = new List<Relation>();
        var truncated = false;
        var page = new PageRequest(PageRequest.MaxSize);
        for (var scanned = 0; scanned < MaxPagesScanned; scanned++)
        {
            var result = await store.QueryRelationsAsync(relations, page, cancellationToken).ConfigureAwait(false);
            foreach (var relation in result.Items)
            {
                if (!Wanted(relation.From, kinds) || !Wanted(relation.To, kinds))
                    continue;
                var room = maxNodes - nodes.Count;
                var missing = (chosen.Contains(relation.From) ? 0 : 1) + (chosen.Contains(relation.To) ? 0 : 1);
                if (missing > room)
                {
                    truncated = true;
                    continue;
                }
                foreach (var end in new[] { relation.From, relation.To })
                {
                    if (chosen.Add(end))
                        nodes.Add(end);
                }
                edges.Add(relation);
            }
            if (!result.HasNextPage || result.Items.Count == 0)
                break;
            truncated |= scanned == MaxPagesScanned - 1;
            page = new PageRequest(PageRequest.MaxSize, result.CursorAt(result.Items.Count - 1));
        }
        var entities = (await store.GetEntitiesAsync(nodes, cancellationToken).ConfigureAwait(false)).ToDictionary(e => e.Id);
        return new Subgraph(nodes.Where(entities.ContainsKey).Select(id => entities[id]).ToList(), edges, truncated);
    }

    private static bool Wanted(EntityId id, IReadOnlyList<EntityKind>? kinds) =>
        kinds is null || kinds.Count == 0 || (id.Kind is { } kind && kinds.Contains(kind));
}
