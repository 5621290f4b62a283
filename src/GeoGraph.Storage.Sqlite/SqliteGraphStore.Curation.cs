using GeoGraph.Core;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Storage.Rules;
using GeoGraph.Storage.Sqlite.Mapping;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <inheritdoc />
    public Task<AliasResult> AddAliasAsync(EntityId entity, string name, string actor, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (CurationChecks.Alias(name, actor) is { } refused)
            return Task.FromResult(AliasResult.Failed(refused));
        name = name.Trim();
        var key = Fold.NameKey(name);
        return WriteAsync(async (connection, transaction) =>
        {
            if (await EntityKindAsync(connection, transaction, entity, cancellationToken).ConfigureAwait(false) is null)
                return AliasResult.Failed(CurationChecks.EntityNotFound(entity));
            var owners = new List<string>();
            await using (var named = Command(connection, "SELECT entity_id FROM aliases WHERE alias_key = $key ORDER BY entity_id", transaction))
            {
                named.Parameters.AddWithValue("$key", key);
                await using var reader = await named.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    owners.Add(reader.GetString(0));
            }
            if (CurationChecks.AliasOwners(entity, name, owners) is { } decided)
                return decided;

            await ExecuteAsync(connection, transaction, InsertAlias, [("$entity", entity.Value), ("$alias", name), ("$key", key)], cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction, RefreshEntitySearch, [("$entity", entity.Value)], cancellationToken).ConfigureAwait(false);
            var audit = await AuditAsync(connection, transaction, CurationAction.AddAlias, actor, entity.Value, name, reason, AuditDetails.Alias(name), cancellationToken).ConfigureAwait(false);
            return new AliasResult(Added: true, audit, Error: null);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<RetractionResult> RetractClaimAsync(ClaimId claim, string reason, string actor, CancellationToken cancellationToken)
    {
        if (CurationChecks.Retraction(reason, actor) is { } refused)
            return Task.FromResult(RetractionResult.Failed(refused));
        return WriteAsync(async (connection, transaction) =>
        {
            await using (var state = Command(connection, "SELECT retracted FROM claims WHERE id = $id", transaction))
            {
                state.Parameters.AddWithValue("$id", claim.Value);
                switch (await state.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))
                {
                    case null:
                        return RetractionResult.Failed(CurationChecks.ClaimNotFound(claim));
                    case long retracted when retracted != 0:
                        return new RetractionResult(Retracted: false, 0, AuditId: null, Error: null);
                }
            }

            var keys = await RelationKeysAsync(connection, transaction, "SELECT DISTINCT from_id, type, to_id FROM assertions WHERE claim_id = $id", [("$id", claim.Value)], cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction, "UPDATE claims SET retracted = 1, retracted_reason = $reason WHERE id = $id",
                [("$id", claim.Value), ("$reason", reason.Trim())], cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction, "DELETE FROM claim_mentions WHERE claim_id = $id", [("$id", claim.Value)], cancellationToken).ConfigureAwait(false);
            await RecomputeRelationsAsync(connection, transaction, keys, cancellationToken).ConfigureAwait(false);
            var audit = await AuditAsync(connection, transaction, CurationAction.RetractClaim, actor, claim.Value, null, reason,
                AuditDetails.Retraction(keys.Count), cancellationToken).ConfigureAwait(false);
            return new RetractionResult(Retracted: true, keys.Count, audit, Error: null);
        }, cancellationToken);
    }

    private static async Task<EntityKind?> EntityKindAsync(SqliteConnection connection, SqliteTransaction transaction, EntityId entity, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, "SELECT kind FROM entities WHERE id = $id", transaction);
        command.Parameters.AddWithValue("$id", entity.Value);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string kind ? Enum.Parse<EntityKind>(kind) : null;
    }

    private static async Task<List<RelationKey>> RelationKeysAsync(
        SqliteConnection connection, SqliteTransaction transaction, string sql, (string Name, object Value)[] parameters, CancellationToken cancellationToken)
    {
        var keys = new List<RelationKey>();
        await using var command = Command(connection, sql, transaction, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            keys.Add(new RelationKey(new EntityId(reader.GetString(0)), RelationRows.ParseType(reader.GetString(1)), new EntityId(reader.GetString(2))));
        return keys;
    }

    /// <summary>Runs one statement in the transaction and returns how many rows it changed.</summary>
    private static async Task<int> ExecuteAsync(
        SqliteConnection connection, SqliteTransaction transaction, string sql, (string Name, object Value)[] parameters, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, sql, transaction, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
