using GeoGraph.Core;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Storage.Rules;
using GeoGraph.Storage.Neo4j.Cypher;
using GeoGraph.Storage.Neo4j.Mapping;
using GeoGraph.Storage.Neo4j.Parameters;
using static GeoGraph.Storage.Neo4j.Parameters.CypherParameters;

namespace GeoGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <inheritdoc />
    public Task<AliasResult> AddAliasAsync(EntityId entity, string name, string actor, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (CurationChecks.Alias(name, actor) is { } refused)
            return Task.FromResult(AliasResult.Failed(refused));
        name = name.Trim();
        var key = Fold.NameKey(name);
        return WriteAsync(async tx =>
        {
            if ((await LoadEntitiesAsync(tx, [entity.Value], cancellationToken).ConfigureAwait(false)).Count == 0)
                return AliasResult.Failed(CurationChecks.EntityNotFound(entity));
            var owners = (await SingleAsync(tx, Queries.LockName, Of(("key", key)), cancellationToken).ConfigureAwait(false)).Strings("owners");
            if (CurationChecks.AliasOwners(entity, name, owners) is { } decided)
                return decided;

            await tx.RunAsync(Queries.AddAlias, Of(("entity", entity.Value), ("key", key), ("name", name), ("words", StoredValues.Words(name))), cancellationToken).ConfigureAwait(false);
            await RefreshSearchNamesAsync(tx, [entity.Value], cancellationToken).ConfigureAwait(false);
            var audit = await AuditAsync(tx, CurationAction.AddAlias, actor, entity.Value, name, reason, AuditDetails.Alias(name), cancellationToken).ConfigureAwait(false);
            return new AliasResult(Added: true, audit, Error: null);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<RetractionResult> RetractClaimAsync(ClaimId claim, string reason, string actor, CancellationToken cancellationToken)
    {
        if (CurationChecks.Retraction(reason, actor) is { } refused)
            return Task.FromResult(RetractionResult.Failed(refused));
        return WriteAsync(async tx =>
        {
            var rows = await tx.RunAsync(Queries.RetractClaim, Of(("id", claim.Value), ("reason", reason.Trim())), cancellationToken).ConfigureAwait(false);
            if (rows.Count == 0)
                return RetractionResult.Failed(CurationChecks.ClaimNotFound(claim));
            if (rows[0].Bool("wasRetracted"))
                return new RetractionResult(Retracted: false, 0, AuditId: null, Error: null);

            var keys = rows[0].RelationKeys("keys").Distinct().ToList();
            await RecomputeRelationsAsync(tx, keys, cancellationToken).ConfigureAwait(false);
            var audit = await AuditAsync(tx, CurationAction.RetractClaim, actor, claim.Value, null, reason, AuditDetails.Retraction(keys.Count), cancellationToken).ConfigureAwait(false);
            return new RetractionResult(Retracted: true, keys.Count, audit, Error: null);
        }, cancellationToken);
    }
}
