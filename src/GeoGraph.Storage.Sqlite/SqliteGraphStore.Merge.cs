using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Storage.Rules;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    // Claim roles and mentions are keyed by entity: copy to the kept entity (a claim naming both keeps one row), then drop.
    private const string MoveRoles = """
        INSERT OR IGNORE INTO claim_roles (claim_id, role, entity_id, position) SELECT claim_id, role, $keep, position FROM claim_roles WHERE entity_id = $merge;
        DELETE FROM claim_roles WHERE entity_id = $merge;
        INSERT OR IGNORE INTO claim_mentions (entity_id, claim_id, reported_at) SELECT $keep, claim_id, reported_at FROM claim_mentions WHERE entity_id = $merge;
        DELETE FROM claim_mentions WHERE entity_id = $merge;
        """;

    // Assertions and denials move end by end; one that would link the kept entity to itself is dropped.
    private static string MoveRelationRows(string table) => $"""
        INSERT OR IGNORE INTO {table} (claim_id, from_id, type, to_id)
        SELECT claim_id, iif(from_id = $merge, $keep, from_id), type, iif(to_id = $merge, $keep, to_id)
        FROM {table}
        WHERE (from_id = $merge OR to_id = $merge) AND iif(from_id = $merge, $keep, from_id) <> iif(to_id = $merge, $keep, to_id);
        DELETE FROM {table} WHERE from_id = $merge OR to_id = $merge;
        """;

    // The kept entity never becomes its own parent, organisation or country.
    private const string MoveAffiliations = """
        UPDATE entities SET organisation_id = iif(id = $keep, NULL, $keep) WHERE organisation_id = $merge;
        UPDATE entities SET part_of_id = iif(id = $keep, NULL, $keep) WHERE part_of_id = $merge;
        UPDATE entities SET country_id = iif(id = $keep, NULL, $keep) WHERE country_id = $merge;
        """;

    private const string FillAttributes = """
        UPDATE entities SET
            category        = COALESCE(entities.category, m.category),
            title           = COALESCE(entities.title, m.title),
            role            = COALESCE(entities.role, m.role),
            organisation_id = COALESCE(entities.organisation_id, nullif(m.organisation_id, $keep)),
            part_of_id      = COALESCE(entities.part_of_id, nullif(m.part_of_id, $keep)),
            country_id      = COALESCE(entities.country_id, nullif(m.country_id, $keep)),
            iso_code        = COALESCE(entities.iso_code, m.iso_code)
        FROM (SELECT * FROM entities WHERE id = $merge) m
        WHERE entities.id = $keep
        """;

    private const string MoveAliases = """
        INSERT OR IGNORE INTO aliases (entity_id, alias, alias_key) SELECT $keep, alias, alias_key FROM aliases WHERE entity_id = $merge
        """;

    private const string DropMerged = """
        DELETE FROM aliases WHERE entity_id = $merge;
        DELETE FROM entities_fts WHERE entity_id = $merge;
        DELETE FROM entities WHERE id = $merge;
        """;

    /// <inheritdoc />
    public Task<MergeResult> MergeEntitiesAsync(EntityId keep, EntityId merge, string actor, string? reason, CancellationToken cancellationToken)
    {
        if (CurationChecks.Merge(keep, merge, actor) is { } refused)
            return Task.FromResult(MergeResult.Failed(refused));
        return WriteAsync(async (connection, transaction) =>
        {
            var keptKind = await EntityKindAsync(connection, transaction, keep, cancellationToken).ConfigureAwait(false);
            var mergedKind = await EntityKindAsync(connection, transaction, merge, cancellationToken).ConfigureAwait(false);
            if (CurationChecks.MergeKinds(keep, keptKind, merge, mergedKind) is { } mismatch)
                return MergeResult.Failed(mismatch);

            (string, object)[] ids = [("$keep", keep.Value), ("$merge", merge.Value)];
            Task<int> RunAsync(string sql) => ExecuteAsync(connection, transaction, sql, ids, cancellationToken);

            var keys = MergedRelationKeys.Of(await RelationKeysAsync(connection, transaction,
                "SELECT DISTINCT from_id, type, to_id FROM assertions WHERE from_id = $merge OR to_id = $merge", ids, cancellationToken).ConfigureAwait(false), keep, merge);

            var spoken = await RunAsync("UPDATE claims SET speaker_id = $keep WHERE speaker_id = $merge").ConfigureAwait(false);
            var reported = await RunAsync("UPDATE claims SET reported_by_id = $keep WHERE reported_by_id = $merge").ConfigureAwait(false);
            var roles = await ScalarIntAsync(connection, transaction, "SELECT COUNT(*) FROM claim_roles WHERE entity_id = $merge", ids, cancellationToken).ConfigureAwait(false);
            var assertions = await ScalarIntAsync(connection, transaction, "SELECT COUNT(*) FROM assertions WHERE from_id = $merge OR to_id = $merge", ids, cancellationToken).ConfigureAwait(false);
            var denials = await ScalarIntAsync(connection, transaction, "SELECT COUNT(*) FROM denials WHERE from_id = $merge OR to_id = $merge", ids, cancellationToken).ConfigureAwait(false);
            await RunAsync(MoveRoles).ConfigureAwait(false);
            await RunAsync(MoveRelationRows("assertions")).ConfigureAwait(false);
            await RunAsync(MoveRelationRows("denials")).ConfigureAwait(false);
            var aliases = await RunAsync(MoveAliases).ConfigureAwait(false);
            await RunAsync(FillAttributes).ConfigureAwait(false);
            var affiliations = await RunAsync(MoveAffiliations).ConfigureAwait(false);

            await RecomputeRelationsAsync(connection, transaction, keys.Recomputed, cancellationToken).ConfigureAwait(false);
            await RunAsync(DropMerged).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction, RefreshEntitySearch, [("$entity", keep.Value)], cancellationToken).ConfigureAwait(false);

            var summary = new MergeSummary(keep, merge, spoken, reported, roles, assertions, denials, aliases, affiliations, keys.Recomputed.Count, keys.SelfRelations);
            var audit = await AuditAsync(connection, transaction, CurationAction.MergeEntities, actor, keep.Value, merge.Value, reason, AuditDetails.Merge(summary), cancellationToken).ConfigureAwait(false);
            return new MergeResult(summary, audit, Error: null);
        }, cancellationToken);
    }

    private static async Task<int> ScalarIntAsync(
        SqliteConnection connection, SqliteTransaction transaction, string sql, (string Name, object Value)[] parameters, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, sql, transaction, parameters);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }
}
