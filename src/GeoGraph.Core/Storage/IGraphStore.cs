using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage;

/// <summary>
/// The port every store implements (SQLite embedded, Neo4j). Import is atomic and idempotent;
/// reads never return retracted claims, and every list is paged. Time windows (since, until) include
/// both ends and compare a claim's report time. Queries a caller can fix throw
/// <see cref="InvalidQueryException"/>; curation reports expected failures as result values.
/// The contract suite (tests/GeoGraph.Storage.Contract) pins what each member means.
/// </summary>
public partial interface IGraphStore
{
    /// <summary>
    /// Stores one article's graph in one transaction. An article already present (same id) changes
    /// nothing and reports <see cref="ImportResult.Created"/> = false.
    /// </summary>
    Task<ImportResult> ImportAsync(ArticleGraph graph, CancellationToken cancellationToken);

    /// <summary>The entities with these ids, in no particular order; unknown ids are left out.</summary>
    Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<EntityId> ids, CancellationToken cancellationToken);

    /// <summary>The entity whose canonical name or any alias equals <paramref name="name"/>, ignoring case and diacritics.</summary>
    Task<Entity?> FindEntityByNameAsync(string name, CancellationToken cancellationToken);

    /// <summary>Entities matching the query, in the query's <see cref="EntityQuery.Sort"/> order (by name unless asked otherwise).</summary>
    Task<Page<Entity>> QueryEntitiesAsync(EntityQuery query, PageRequest page, CancellationToken cancellationToken);

    /// <summary>The claims with these ids; unknown and retracted ids are left out.</summary>
    Task<IReadOnlyList<Claim>> GetClaimsAsync(IReadOnlyCollection<ClaimId> ids, CancellationToken cancellationToken);

    /// <summary>Claims matching the filter, in the query's <see cref="ClaimQuery.Sort"/> order (newest report first unless asked otherwise).</summary>
    Task<Page<Claim>> QueryClaimsAsync(ClaimQuery query, PageRequest page, CancellationToken cancellationToken);

    /// <summary>Relations matching the query, in the query's <see cref="RelationQuery.Sort"/> order (most supported first unless asked otherwise).</summary>
    Task<Page<Relation>> QueryRelationsAsync(RelationQuery query, PageRequest page, CancellationToken cancellationToken);

    /// <summary>The relations with these keys; keys with no live evidence are left out.</summary>
    Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyCollection<RelationKey> keys, CancellationToken cancellationToken);

    /// <summary>The evidence (asserting claims) of each relation, oldest first.</summary>
    Task<IReadOnlyDictionary<RelationKey, IReadOnlyList<Claim>>> GetEvidenceAsync(
        IReadOnlyCollection<RelationKey> relations, CancellationToken cancellationToken);

    /// <summary>
    /// The entities and relations within <see cref="NetworkQuery.Depth"/> hops of the centre, centre first and
    /// then in the order they were reached; edges are the relations passing the filters between those entities,
    /// most supported first. An unknown centre gives an empty subgraph.
    /// </summary>
    Task<Subgraph> GetNetworkAsync(NetworkQuery query, CancellationToken cancellationToken);

    /// <summary>The articles with these ids; unknown ids are left out.</summary>
    Task<IReadOnlyList<Article>> GetArticlesAsync(IReadOnlyCollection<ArticleId> ids, CancellationToken cancellationToken);

    /// <summary>Articles, newest import first.</summary>
    Task<Page<Article>> QueryArticlesAsync(PageRequest page, CancellationToken cancellationToken) =>
        QueryArticlesAsync(new ArticleQuery(), page, cancellationToken);

    /// <summary>Articles matching the query, in the query's <see cref="ArticleQuery.Sort"/> order.</summary>
    Task<Page<Article>> QueryArticlesAsync(ArticleQuery query, PageRequest page, CancellationToken cancellationToken);

    /// <summary>How much the graph holds.</summary>
    Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken);
}
