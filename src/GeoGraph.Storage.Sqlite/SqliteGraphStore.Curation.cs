using GeoGraph.Core;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Sqlite.Mapping;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <inheritdoc />
    public Task<AliasResult> AddAliasAsync(EntityId entity, string name, string actor, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (string.IsNullOrWhiteSpace(actor))
            return Task.FromResult(AliasResult.Failed(CurationErrorCodes.ActorRequired, "Say who is adding the alias."));
        name = name.Trim();
        var key = Fold.NameKey(name);
        if (key.Length == 0)
            return Task.FromResult(AliasResult.Failed(CurationErrorCodes.InvalidAlias, "An alias needs at least one letter or digit."));
        return WriteAsync(async (connection, transaction) =>
        {
            if (await EntityKindAsync(connection, transaction, entity, cancellationToken).ConfigureAwait(false) is null)
                return AliasResult.Failed(CurationErrorCodes.NotFound, $"No entity has the id '{entity.Value}'.");
            var owners = new List<string>();
            await using (var named = Command(connection, "SELECT entity_id FROM aliases WHERE alias_key = $key ORDER BY entity_id", transaction))
            {
                named.Parameters.AddWithValue("$key", key);
                await using var reader = await named.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    owners.Add(reader.GetString(0));
            }
            if (owners.Contains(entity.Value, StringComparer.Ordinal))
                return new AliasResult(Added: false, AuditId: null, Error: null);
            if (owners.Count > 0)
                return AliasResult.Failed(CurationErrorCodes.AliasTaken, $"'{name}' already names '{owners[0]}'.");

            await ExecuteAsync(connection, transaction, InsertAlias, [("$entity", entity.Value), ("$alias", name), ("$key", key)], cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction, RefreshEntitySearch, [("$entity", entity.Value)], cancellationToken).ConfigureAwait(false);
            var audit = await AuditAsync(connection, transaction, CurationAction.AddAlias, actor, entity.Value, name, reason, new { alias = name }, cancellationToken).ConfigureAwait(false);
            return new AliasResult(Added: true, audit, Error: null);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<RetractionResult> RetractClaimAsync(ClaimId claim, string reason, string actor, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(actor))
            return Task.FromResult(RetractionResult.Failed(CurationErrorCodes.ActorRequired, "Say who is retracting the claim."));
        if (string.IsNullOrWhiteSpace(reason))
            return Task.FromResult(RetractionResult.Failed(CurationErrorCodes.ReasonRequired, "Say why the claim is retracted."));
        return WriteAsync(async (connection, transaction) =>
        {
            await using (var state = Command(connection, "SELECT retracted FROM claims WHERE id = $id", transaction))
            {
                state.Parameters.AddWithValue("$id", claim.Value);
                switch (await state.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))
                {
                    case null:
                        return RetractionResult.Failed(CurationErrorCodes.NotFound, $"No claim has the id '{claim.Value}'.");
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
                new { relationsRecomputed = keys.Count }, cancellationToken).ConfigureAwait(false);
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
