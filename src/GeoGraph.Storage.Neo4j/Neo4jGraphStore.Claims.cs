using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Neo4j.Cypher;
using GeoGraph.Storage.Neo4j.Mapping;
using GeoGraph.Storage.Neo4j.Parameters;
using GeoGraph.Storage.Neo4j.Sessions;
using static GeoGraph.Storage.Neo4j.Parameters.CypherParameters;

namespace GeoGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <inheritdoc />
    public Task<IReadOnlyList<Claim>> GetClaimsAsync(IReadOnlyCollection<ClaimId> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
            return Task.FromResult<IReadOnlyList<Claim>>([]);
        return ReadAsync(async tx => (IReadOnlyList<Claim>)[.. (await LoadClaimsAsync(tx, ids.Select(i => i.Value), cancellationToken).ConfigureAwait(false)).Values], cancellationToken);
    }

    /// <inheritdoc />
    public Task<Page<Claim>> QueryClaimsAsync(ClaimQuery query, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(page);
        var parameters = ClaimFilter.Of(query.Validated(), [null], null, page);
        return ReadAsync(async tx =>
        {
            var pages = await ClaimPagesAsync(tx, parameters, cancellationToken).ConfigureAwait(false);
            var (total, ids) = pages.Count == 0 ? (0, []) : pages[0].Page;
            var claims = await LoadClaimsAsync(tx, ids, cancellationToken).ConfigureAwait(false);
            return new Page<Claim>([.. ids.Where(claims.ContainsKey).Select(id => claims[id])], page.Offset, total);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<EntityId, Page<Claim>>> GetEntityClaimsAsync(
        IReadOnlyCollection<EntityId> entities, EntityClaimRole role, ClaimQuery filter, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(page);
        var owners = entities.Select(e => e.Value).Distinct().ToList<string?>();
        var parameters = ClaimFilter.Of(filter.Validated(), owners, role, page);
        return ReadAsync(async tx =>
        {
            var pages = await ClaimPagesAsync(tx, parameters, cancellationToken).ConfigureAwait(false);
            var claims = await LoadClaimsAsync(tx, pages.SelectMany(p => p.Page.Ids), cancellationToken).ConfigureAwait(false);
            var byOwner = pages.ToDictionary(p => p.Owner!, p => p.Page, StringComparer.Ordinal);
            return (IReadOnlyDictionary<EntityId, Page<Claim>>)entities.Distinct().ToDictionary(e => e, e =>
                byOwner.TryGetValue(e.Value, out var owned)
                    ? new Page<Claim>([.. owned.Ids.Where(claims.ContainsKey).Select(id => claims[id])], page.Offset, owned.Total)
                    : new Page<Claim>([], page.Offset, 0));
        }, cancellationToken);
    }

    /// <summary>Runs <c>Read/ListClaims</c>: per owner, the total and the ids on the page.</summary>
    private static async Task<List<(string? Owner, (int Total, IReadOnlyList<string> Ids) Page)>> ClaimPagesAsync(
        ICypherTransaction tx, Dictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        var rows = await tx.RunAsync(Queries.ListClaims, parameters, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => (r.OptionalString("owner"), (r.Int("total"), r.Strings("page"))))];
    }

    /// <summary>The live claims with these ids, keyed by id, in the order of the ids.</summary>
    private static async Task<Dictionary<string, Claim>> LoadClaimsAsync(ICypherTransaction tx, IEnumerable<string> ids, CancellationToken cancellationToken) =>
        (await LoadByIdAsync(tx, Queries.GetClaims, ids, ClaimRows.ToClaim, c => c.Id.Value, cancellationToken).ConfigureAwait(false))
            .ToDictionary(c => c.Id.Value, StringComparer.Ordinal);
}
