using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Sqlite.Mapping;

namespace GeoGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <inheritdoc />
    public Task<IReadOnlyDictionary<EntityId, Page<Claim>>> GetEntityClaimsAsync(
        IReadOnlyCollection<EntityId> entities, EntityClaimRole role, ClaimQuery filter, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(page);
        var claims = ClaimFilter(filter.Validated()).Param("$owners", SqlValues.JsonArray(entities.Select(e => e.Value).Distinct()));
        var owned = $"FROM ({OwnedClaims(role)}) o JOIN claims c ON c.id = o.claim_id {claims.Sql}";
        var pageSql = $"""
            SELECT * FROM (
                SELECT o.owner, ROW_NUMBER() OVER (PARTITION BY o.owner ORDER BY {ClaimSortSql(filter.Sort)}) AS position, {ClaimRows.Columns}
                {owned})
            WHERE position > {page.Offset} AND position <= {page.Offset + page.First}
            ORDER BY owner, position
            """;
        return ReadAsync(async connection =>
        {
            var totals = await CountPerOwnerAsync(connection, $"SELECT o.owner, COUNT(*) {owned} GROUP BY o.owner", claims.Bind, cancellationToken).ConfigureAwait(false);
            var (owners, rows) = page.First == 0 || totals.Count == 0
                ? ([], [])
                : await ReadOwnedAsync(connection, pageSql, claims.Bind, r => ClaimRows.Read(r, first: 2), 0, cancellationToken).ConfigureAwait(false);
            var detailed = rows.Count == 0 ? [] : (await AttachDetailsAsync(connection, rows.DistinctBy(c => c.Id).ToList(), cancellationToken).ConfigureAwait(false)).ToDictionary(c => c.Id);
            return (IReadOnlyDictionary<EntityId, Page<Claim>>)PagesPerOwner(entities, totals, page, owners, rows.Select(r => detailed[r.Id]).ToList());
        }, cancellationToken);
    }

    /// <summary>(owner, claim_id) rows: which claims belong to which of the <c>$owners</c> in <paramref name="role"/>.</summary>
    private static string OwnedClaims(EntityClaimRole role) => role switch
    {
        EntityClaimRole.Speaker => "SELECT k.value AS owner, s.id AS claim_id FROM json_each($owners) k JOIN claims s ON s.speaker_id = k.value",
        EntityClaimRole.SpeakerOrOfficials => """
            SELECT k.value AS owner, s.id AS claim_id FROM json_each($owners) k JOIN claims s ON s.speaker_id = k.value
            UNION
            SELECT k.value, s.id FROM json_each($owners) k JOIN entities f ON f.organisation_id = k.value JOIN claims s ON s.speaker_id = f.id
            """,
        EntityClaimRole.About => "SELECT k.value AS owner, r.claim_id FROM json_each($owners) k JOIN claim_roles r ON r.entity_id = k.value AND r.role = 'ABOUT'",
        EntityClaimRole.Mentioned => "SELECT k.value AS owner, m.claim_id FROM json_each($owners) k JOIN claim_mentions m ON m.entity_id = k.value",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };
}
