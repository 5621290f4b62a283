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
    public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<EntityId> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
            return Task.FromResult<IReadOnlyList<Entity>>([]);
        return ReadAsync(tx => LoadEntitiesAsync(tx, ids.Select(i => i.Value), cancellationToken), cancellationToken);
    }

    /// <inheritdoc />
    public Task<Entity?> FindEntityByNameAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        return ReadAsync(async tx =>
        {
            var id = (await ResolveAsync(tx, [name], cancellationToken).ConfigureAwait(false))[0];
            if (id is null)
                return null;
            var found = await LoadEntitiesAsync(tx, [id], cancellationToken).ConfigureAwait(false);
            return found.Count == 0 ? null : found[0];
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<Page<Entity>> QueryEntitiesAsync(EntityQuery query, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(page);
        query = query.Validated();
        return ReadAsync(async tx =>
        {
            var (country, organisation) = await ResolvePairAsync(tx, query.Country, query.Organisation, cancellationToken).ConfigureAwait(false);
            var row = await SingleAsync(tx, Queries.QueryEntities, Of(
                ("kind", query.Kind?.ToString()),
                ("search", string.IsNullOrWhiteSpace(query.Search) ? null : Core.Fold.NameKey(query.Search)),
                ("country", country),
                ("organisation", organisation),
                ("minClaims", query.MinClaims),
                ("sort", query.Sort.ToString()),
                ("skip", page.Offset),
                ("limit", page.First)), cancellationToken).ConfigureAwait(false);
            var (total, ids) = TotalAndPage(row);
            var items = await LoadEntitiesAsync(tx, ids.Cast<string>(), cancellationToken).ConfigureAwait(false);
            return new Page<Entity>(items, page.Offset, total);
        }, cancellationToken);
    }

    /// <summary>
    /// The entity id each name (a name, alias or id) stands for, or null when none does. A name that is
    /// blank is not resolved at all (null); a name nobody knows resolves to "", which matches nothing.
    /// </summary>
    private static async Task<string?[]> ResolveAsync(ICypherTransaction tx, IReadOnlyList<string?> names, CancellationToken cancellationToken)
    {
        var lookups = names
            .Select((name, slot) => (name, slot))
            .Where(n => !string.IsNullOrWhiteSpace(n.name))
            .Select(n => (object?)Of(("slot", n.slot), ("key", StoredValues.NameKey(n.name)), ("id", n.name!.Trim())))
            .ToList();
        var resolved = new string?[names.Count];
        if (lookups.Count == 0)
            return resolved;
        foreach (var row in await tx.RunAsync(Queries.ResolveEntities, Of(("lookups", lookups)), cancellationToken).ConfigureAwait(false))
            resolved[row.Int("slot")] = row.OptionalString("id");
        for (var i = 0; i < names.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(names[i]))
                resolved[i] ??= "";
        }

        return resolved;
    }

    private static async Task<(string? First, string? Second)> ResolvePairAsync(ICypherTransaction tx, string? first, string? second, CancellationToken cancellationToken)
    {
        var ids = await ResolveAsync(tx, [first, second], cancellationToken).ConfigureAwait(false);
        return (ids[0], ids[1]);
    }

    /// <summary>The entities with these ids, in the order of the ids (each once); unknown ids are left out.</summary>
    private static async Task<IReadOnlyList<Entity>> LoadEntitiesAsync(ICypherTransaction tx, IEnumerable<string> ids, CancellationToken cancellationToken) =>
        await LoadByIdAsync(tx, Queries.GetEntities, ids, EntityRows.ToEntity, e => e.Id.Value, cancellationToken).ConfigureAwait(false);
}
