using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Sqlite.Mapping;

namespace GeoGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <inheritdoc />
    public Task<IReadOnlyDictionary<EntityId, Page<Relation>>> GetEntityRelationsAsync(
        IReadOnlyCollection<EntityId> entities, RelationDirection direction, RelationQuery filter, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(page);
        filter = filter.Validated();
        var ownerIds = SqlValues.JsonArray(entities.Select(e => e.Value).Distinct());
        var ends = new List<string>();
        if (direction is RelationDirection.Any or RelationDirection.Outgoing)
            ends.Add("SELECT k.value AS owner, r.* FROM json_each($owners) k JOIN r ON r.from_id = k.value");
        if (direction is RelationDirection.Any or RelationDirection.Incoming)
            ends.Add("SELECT k.value AS owner, r.* FROM json_each($owners) k JOIN r ON r.to_id = k.value");
        var owned = $"({string.Join(" UNION ALL ", ends)})";
        return ReadAsync(async connection =>
        {
            var selection = (await RelationSelectionAsync(connection, filter, cancellationToken).ConfigureAwait(false))
                .Scope("x.from_id IN (SELECT value FROM json_each($owners)) OR x.to_id IN (SELECT value FROM json_each($owners))", ("$owners", ownerIds));
            var totals = await CountPerOwnerAsync(connection, $"{selection.With} SELECT r.owner, COUNT(*) FROM {owned} r {selection.Where} GROUP BY r.owner",
                selection.Bind, cancellationToken).ConfigureAwait(false);
            var pageSql = $"""
                {selection.With}
                SELECT {RelationRows.Columns}, r.owner FROM (
                    SELECT r.*, ROW_NUMBER() OVER (PARTITION BY r.owner ORDER BY {RelationSortSql(filter.Sort)}) AS position
                    FROM {owned} r {selection.Where}) r
                WHERE r.position > {page.Offset} AND r.position <= {page.Offset + page.First}
                ORDER BY r.owner, r.position
                """;
            var (owners, rows) = page.First == 0 || totals.Count == 0
                ? ([], [])
                : await ReadOwnedAsync(connection, pageSql, selection.Bind, RelationRows.Read, 7, cancellationToken).ConfigureAwait(false);
            return (IReadOnlyDictionary<EntityId, Page<Relation>>)PagesPerOwner(entities, totals, page, owners, rows);
        }, cancellationToken);
    }
}
