using System.Collections.Concurrent;
using System.Text.Json;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;

namespace GeoGraph.Api.GraphQL.Loading;

/// <summary>
/// The batch loaders of one GraphQL request: related objects are fetched once per level, never per row.
/// Loaders whose answer depends on field arguments (a page size, a filter) come one per distinct set of
/// arguments, so rows asking the same question share a batch.
/// </summary>
public sealed class RequestLoaders(IGraphStore store) : IDisposable
{
    private readonly ConcurrentDictionary<string, IDisposable> _keyed = new(StringComparer.Ordinal);

    /// <summary>Entities by id.</summary>
    public BatchLoader<EntityId, Entity> Entities { get; } = new(async (ids, ct) =>
        (await store.GetEntitiesAsync(ids, ct).ConfigureAwait(false)).ToDictionary(e => e.Id));

    /// <summary>Articles by id.</summary>
    public BatchLoader<ArticleId, Article> Articles { get; } = new(async (ids, ct) =>
        (await store.GetArticlesAsync(ids, ct).ConfigureAwait(false)).ToDictionary(a => a.Id));

    /// <summary>Live claims by id.</summary>
    public BatchLoader<ClaimId, Claim> Claims { get; } = new(async (ids, ct) =>
        (await store.GetClaimsAsync(ids, ct).ConfigureAwait(false)).ToDictionary(c => c.Id));

    /// <summary>Aggregated relations by key.</summary>
    public BatchLoader<RelationKey, Relation> Relations { get; } = new(async (keys, ct) =>
        (await store.GetRelationsAsync(keys, ct).ConfigureAwait(false)).ToDictionary(r => r.Key));

    /// <summary>The evidence claims of each relation.</summary>
    public BatchLoader<RelationKey, IReadOnlyList<Claim>> Evidence { get; } = new((keys, ct) => store.GetEvidenceAsync(keys, ct));

    /// <summary>The voices behind each relation's evidence.</summary>
    public BatchLoader<RelationKey, IReadOnlyList<RelationSpeaker>> Speakers { get; } = new((keys, ct) => store.GetRelationSpeakersAsync(keys, ct));

    /// <summary>Each entity's claims in one role, filtered and paged alike.</summary>
    public BatchLoader<EntityId, Page<Claim>> EntityClaims(EntityClaimRole role, ClaimQuery filter, PageRequest page) =>
        Keyed<EntityId, Page<Claim>>(nameof(EntityClaims), (role, filter, page.First, page.Offset), (ids, ct) => store.GetEntityClaimsAsync(ids, role, filter, page, ct));

    /// <summary>Each entity's relations at one end, filtered and paged alike.</summary>
    public BatchLoader<EntityId, Page<Relation>> EntityRelations(RelationDirection direction, RelationQuery filter, PageRequest page) =>
        Keyed<EntityId, Page<Relation>>(nameof(EntityRelations), (direction, filter, filter.Types, page.First, page.Offset), (ids, ct) => store.GetEntityRelationsAsync(ids, direction, filter, page, ct));

    /// <summary>Each article's claims in reading order, paged alike.</summary>
    public BatchLoader<ArticleId, Page<Claim>> ArticleClaims(PageRequest page) =>
        Keyed<ArticleId, Page<Claim>>(nameof(ArticleClaims), (page.First, page.Offset), (ids, ct) => store.GetArticleClaimsAsync(ids, page, ct));

    /// <summary>Each organisation's officials, paged alike.</summary>
    public BatchLoader<EntityId, Page<Official>> Officials(PageRequest page) =>
        Keyed<EntityId, Page<Official>>(nameof(Officials), (page.First, page.Offset), (ids, ct) => store.GetOfficialsAsync(ids, page, ct));

    private BatchLoader<TKey, TValue> Keyed<TKey, TValue>(
        string family,
        object arguments,
        Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
        where TKey : notnull
    {
        // Arguments are compared by their JSON form, so equal lists inside them count as equal.
        var key = family + JsonSerializer.Serialize(arguments, ArgumentKeyOptions);
        return (BatchLoader<TKey, TValue>)_keyed.GetOrAdd(key, _ => new BatchLoader<TKey, TValue>(fetch));
    }

    private static readonly JsonSerializerOptions ArgumentKeyOptions = new() { IncludeFields = true };

    /// <inheritdoc />
    public void Dispose()
    {
        Entities.Dispose();
        Articles.Dispose();
        Claims.Dispose();
        Relations.Dispose();
        Evidence.Dispose();
        Speakers.Dispose();
        foreach (var loader in _keyed.Values)
            loader.Dispose();
    }
}
