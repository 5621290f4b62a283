using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Sqlite.Mapping;

namespace GeoGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    private const string OfficialsOf = "e.kind = 'Official' AND e.organisation_id IN (SELECT value FROM json_each($organisations))";

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<EntityId, Page<Official>>> GetOfficialsAsync(
        IReadOnlyCollection<EntityId> organisations, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        ArgumentNullException.ThrowIfNull(page);
        var ids = SqlValues.JsonArray(organisations.Select(o => o.Value).Distinct());
        var inPage = new SqlFilter().Where($"""
            e.id IN (SELECT id FROM (
                SELECT e.id, ROW_NUMBER() OVER (PARTITION BY e.organisation_id ORDER BY e.name_key, e.id) AS position
                FROM entities e WHERE {OfficialsOf})
              WHERE position > {page.Offset} AND position <= {page.Offset + page.First})
            """, ("$organisations", ids));
        return ReadAsync(async connection =>
        {
            var totals = await CountPerOwnerAsync(connection, $"SELECT e.organisation_id, COUNT(*) FROM entities e WHERE {OfficialsOf} GROUP BY e.organisation_id",
                c => c.Parameters.AddWithValue("$organisations", ids), cancellationToken).ConfigureAwait(false);
            var officials = page.First == 0 || totals.Count == 0
                ? []
                : (await LoadEntitiesAsync(connection, inPage, "ORDER BY e.name_key, e.id", cancellationToken).ConfigureAwait(false)).Cast<Official>().ToList();
            return (IReadOnlyDictionary<EntityId, Page<Official>>)PagesPerOwner(organisations, totals, page, officials.Select(o => o.Organisation!.Value.Value).ToList(), officials);
        }, cancellationToken);
    }
}
