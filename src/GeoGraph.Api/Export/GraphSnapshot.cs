using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;

namespace GeoGraph.Api.Export;

/// <summary>The part of the graph an export writes: entities, the relations between them and, for a whole-graph export, the claims.</summary>
public sealed record GraphSnapshot(IReadOnlyList<Entity> Nodes, IReadOnlyList<Relation> Edges, IAsyncEnumerable<Claim> Claims)
{
    /// <summary>Everything in the store, read page by page.</summary>
    public static async Task<GraphSnapshot> WholeAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var nodes = await AllAsync((page, ct) => store.QueryEntitiesAsync(new EntityQuery(), page, ct), cancellationToken).ToListAsync(cancellationToken).ConfigureAwait(false);
        var edges = await AllAsync((page, ct) => store.QueryRelationsAsync(new RelationQuery(), page, ct), cancellationToken).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new GraphSnapshot(nodes, edges, AllAsync((page, ct) => store.QueryClaimsAsync(new ClaimQuery(), page, ct), cancellationToken));
    }

    /// <summary>One entity's neighbourhood (no claims).</summary>
    public static async Task<GraphSnapshot> NetworkAsync(IGraphStore store, string centre, int depth, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var entity = await store.FindEntityByNameAsync(centre, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidQueryException("UNKNOWN_ENTITY", $"No entity is named '{centre}'.");
        var network = await store.GetNetworkAsync(new NetworkQuery(entity.Id, depth, MaxNodes: 5000), cancellationToken).ConfigureAwait(false);
        return new GraphSnapshot(network.Nodes, network.Edges, AsyncEnumerable.Empty<Claim>());
    }

    private static async IAsyncEnumerable<T> AllAsync<T>(Func<PageRequest, CancellationToken, Task<Page<T>>> query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var page = new PageRequest(PageRequest.MaxSize);
        while (true)
        {
            var result = await query(page, cancellationToken).ConfigureAwait(false);
            foreach (var item in result.Items)
                yield return item;
            if (!result.HasNextPage || result.Items.Count == 0)
                yield break;
            page = new PageRequest(PageRequest.MaxSize, result.CursorAt(result.Items.Count - 1));
        }
    }
}
