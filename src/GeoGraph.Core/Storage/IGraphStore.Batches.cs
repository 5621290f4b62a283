using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage;

/// <remarks>
/// The per-entity and per-relation members take many keys at once and answer for each, so that a GraphQL
/// level loads in one call. Every key asked for is in the answer, with an empty page or list when it has
/// nothing; each key gets its own page, with its own total, cut by the same <see cref="PageRequest"/>.
/// </remarks>
public partial interface IGraphStore
{
    /// <summary>
    /// For each entity, its live claims in <paramref name="role"/> that also match <paramref name="filter"/>
    /// (in the filter's sort order).
    /// </summary>
    Task<IReadOnlyDictionary<EntityId, Page<Claim>>> GetEntityClaimsAsync(
        IReadOnlyCollection<EntityId> entities, EntityClaimRole role, ClaimQuery filter, PageRequest page, CancellationToken cancellationToken);

    /// <summary>
    /// For each entity, the relations with it at the <paramref name="direction"/> end that also match
    /// <paramref name="filter"/> (in the filter's sort order, aggregates as the filter's window sees them).
    /// A group's places are its outgoing <see cref="RelationType.PresentIn"/> relations.
    /// </summary>
    Task<IReadOnlyDictionary<EntityId, Page<Relation>>> GetEntityRelationsAsync(
        IReadOnlyCollection<EntityId> entities, RelationDirection direction, RelationQuery filter, PageRequest page, CancellationToken cancellationToken);

    /// <summary>For each article, its live claims in reading order (by where their spans start).</summary>
    Task<IReadOnlyDictionary<ArticleId, Page<Claim>>> GetArticleClaimsAsync(
        IReadOnlyCollection<ArticleId> articles, PageRequest page, CancellationToken cancellationToken);

    /// <summary>For each organisation, the officials who hold a role in it, by name.</summary>
    Task<IReadOnlyDictionary<EntityId, Page<Official>>> GetOfficialsAsync(
        IReadOnlyCollection<EntityId> organisations, PageRequest page, CancellationToken cancellationToken);

    /// <summary>
    /// For each relation, the voices behind its live evidence (see <see cref="RelationSpeaker"/>), most
    /// claims first, then speaker id and description ordinally with nulls first.
    /// </summary>
    Task<IReadOnlyDictionary<RelationKey, IReadOnlyList<RelationSpeaker>>> GetRelationSpeakersAsync(
        IReadOnlyCollection<RelationKey> relations, CancellationToken cancellationToken);
}
