using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;

namespace GeoGraph.Api.GraphQL.Loading;

/// <summary>The batch loaders of one GraphQL request: related objects are fetched once per level, never per row.</summary>
public sealed class RequestLoaders(IGraphStore store) : IDisposable
{
    /// <summary>Entities by id.</summary>
    public BatchLoader<EntityId, Entity> Entities { get; } = new(async (ids, ct) =>
        (await store.GetEntitiesAsync(ids, ct).ConfigureAwait(false)).ToDictionary(e => e.Id));

    /// <summary>Articles by id.</summary>
    public BatchLoader<ArticleId, Article> Articles { get; } = new(async (ids, ct) =>
        (await store.GetArticlesAsync(ids, ct).ConfigureAwait(false)).ToDictionary(a => a.Id));

    /// <summary>Aggregated relations by key.</summary>
    public BatchLoader<RelationKey, Relation> Relations { get; } = new(async (keys, ct) =>
        (await store.GetRelationsAsync(keys, ct).ConfigureAwait(false)).ToDictionary(r => r.Key));

    /// <summary>The evidence claims of each relation.</summary>
    public BatchLoader<RelationKey, IReadOnlyList<Claim>> Evidence { get; } = new((keys, ct) => store.GetEvidenceAsync(keys, ct));

    /// <inheritdoc />
    public void Dispose()
    {
        Entities.Dispose();
        Articles.Dispose();
        Relations.Dispose();
        Evidence.Dispose();
    }
}
