using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Storage.Rules;
using GeoGraph.Storage.Neo4j.Cypher;
using GeoGraph.Storage.Neo4j.Mapping;
using GeoGraph.Storage.Neo4j.Parameters;
using GeoGraph.Storage.Neo4j.Sessions;
using static GeoGraph.Storage.Neo4j.Parameters.CypherParameters;

namespace GeoGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <inheritdoc />
    public Task<Page<Relation>> QueryRelationsAsync(RelationQuery query, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(page);
        query = query.Validated();
        return ReadAsync(async tx =>
        {
            var pages = await RelationPagesAsync(tx, query, [null], RelationDirection.Any, page, cancellationToken).ConfigureAwait(false);
            return pages.Count == 0 ? new Page<Relation>([], page.Offset, 0) : pages[0].Page;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<EntityId, Page<Relation>>> GetEntityRelationsAsync(
        IReadOnlyCollection<EntityId> entities, RelationDirection direction, RelationQuery filter, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(page);
        filter = filter.Validated();
        var owners = entities.Select(e => e.Value).Distinct().ToList<string?>();
        return ReadAsync(async tx =>
        {
            var pages = (await RelationPagesAsync(tx, filter, owners, direction, page, cancellationToken).ConfigureAwait(false))
                .ToDictionary(p => p.Owner!, p => p.Page, StringComparer.Ordinal);
            return (IReadOnlyDictionary<EntityId, Page<Relation>>)entities.Distinct()
                .ToDictionary(e => e, e => pages.GetValueOrDefault(e.Value) ?? new Page<Relation>([], page.Offset, 0));
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Relation>> GetRelationsAsync(IReadOnlyCollection<RelationKey> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
            return Task.FromResult<IReadOnlyList<Relation>>([]);
        return ReadAsync(async tx =>
        {
            var rows = await tx.RunAsync(Queries.GetRelations, Of(("keys", Keys(keys))), cancellationToken).ConfigureAwait(false);
            return (IReadOnlyList<Relation>)[.. rows.Select(RelationRows.ToRelation).StrongestFirst()];
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<RelationKey, IReadOnlyList<Claim>>> GetEvidenceAsync(IReadOnlyCollection<RelationKey> relations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(relations);
        if (relations.Count == 0)
            return Task.FromResult<IReadOnlyDictionary<RelationKey, IReadOnlyList<Claim>>>(new Dictionary<RelationKey, IReadOnlyList<Claim>>());
        return ReadAsync(async tx =>
        {
            var rows = await tx.RunAsync(Queries.GetEvidence, Of(("keys", Keys(relations))), cancellationToken).ConfigureAwait(false);
            var evidence = rows.ToDictionary(RelationRows.ToKey, r => r.Strings("claims"));
            var claims = await LoadClaimsAsync(tx, evidence.Values.SelectMany(ids => ids), cancellationToken).ConfigureAwait(false);
            return (IReadOnlyDictionary<RelationKey, IReadOnlyList<Claim>>)relations.Distinct().ToDictionary(k => k, k =>
                (IReadOnlyList<Claim>)[.. (evidence.GetValueOrDefault(k) ?? []).Where(claims.ContainsKey).Select(id => claims[id])]);
        }, cancellationToken);
    }

    /// <summary>Runs <c>Read/ListRelations</c> for a relation query, its named ends resolved first.</summary>
    private static async Task<List<(string? Owner, Page<Relation> Page)>> RelationPagesAsync(
        ICypherTransaction tx, RelationQuery query, IReadOnlyList<string?> owners, RelationDirection direction, PageRequest page, CancellationToken cancellationToken)
    {
        var ends = await ResolveAsync(tx, [query.Entity, query.From, query.To], cancellationToken).ConfigureAwait(false);
        var parameters = RelationFilter.Of(query).ListParameters(owners, direction, (ends[0], ends[1], ends[2]), null, query.Sort, page.Offset, page.First);
        return await ListRelationsAsync(tx, parameters, page.Offset, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<List<(string? Owner, Page<Relation> Page)>> ListRelationsAsync(
        ICypherTransaction tx, Dictionary<string, object?> parameters, int offset, CancellationToken cancellationToken)
    {
        var rows = await tx.RunAsync(Queries.ListRelations, parameters, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => (r.OptionalString("owner"), new Page<Relation>([.. r.Maps("page").Select(RelationRows.ToRelation)], offset, r.Int("total"))))];
    }
}
