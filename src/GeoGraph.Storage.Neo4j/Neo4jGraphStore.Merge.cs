using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Storage.Rules;
using GeoGraph.Storage.Neo4j.Cypher;
using GeoGraph.Storage.Neo4j.Mapping;
using GeoGraph.Storage.Neo4j.Sessions;
using static GeoGraph.Storage.Neo4j.Parameters.CypherParameters;

namespace GeoGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <inheritdoc />
    /// <remarks>
    /// One write transaction: claim ties, assertions and denials, names and affiliations move to the kept
    /// entity, the merged one is deleted with its RELATED edges, and the relations now naming the kept
    /// entity are re-aggregated.
    /// </remarks>
    public Task<MergeResult> MergeEntitiesAsync(EntityId keep, EntityId merge, string actor, string? reason, CancellationToken cancellationToken)
    {
        if (CurationChecks.Merge(keep, merge, actor) is { } refused)
            return Task.FromResult(MergeResult.Failed(refused));
        var ids = Of(("keep", keep.Value), ("merge", merge.Value));
        return WriteAsync(async tx =>
        {
            var kinds = (await LoadEntitiesAsync(tx, [keep.Value, merge.Value], cancellationToken).ConfigureAwait(false)).ToDictionary(e => e.Id, e => (EntityKind?)e.Kind);
            if (CurationChecks.MergeKinds(keep, kinds.GetValueOrDefault(keep), merge, kinds.GetValueOrDefault(merge)) is { } mismatch)
                return MergeResult.Failed(mismatch);

            var inventory = await SingleAsync(tx, Queries.MergeInventory, Of(("merge", merge.Value)), cancellationToken).ConfigureAwait(false);
            var keys = MergedRelationKeys.Of(inventory.RelationKeys("keys"), keep, merge);

            await tx.RunAsync(Queries.MoveClaimLinks, ids, cancellationToken).ConfigureAwait(false);
            await tx.RunAsync(Queries.MoveAssertions, ids, cancellationToken).ConfigureAwait(false);
            var aliases = await CountAsync(tx, Queries.MoveNames, ids, "added", cancellationToken).ConfigureAwait(false);
            var affiliations = await CountAsync(tx, Queries.MoveAffiliations, ids, "affiliations", cancellationToken).ConfigureAwait(false);
            await tx.RunAsync(Queries.DeleteEntity, Of(("merge", merge.Value)), cancellationToken).ConfigureAwait(false);
            await RecomputeRelationsAsync(tx, keys.Live, cancellationToken).ConfigureAwait(false);
            await RefreshSearchNamesAsync(tx, [keep.Value], cancellationToken).ConfigureAwait(false);

            var summary = new MergeSummary(
                keep, merge,
                inventory.Int("spokenClaims"), inventory.Int("reportedClaims"), inventory.Int("claimRoles"),
                inventory.Int("assertions"), inventory.Int("denials"),
                aliases, affiliations, keys.Recomputed.Count, keys.SelfRelations);
            var audit = await AuditAsync(tx, CurationAction.MergeEntities, actor, keep.Value, merge.Value, reason, AuditDetails.Merge(summary), cancellationToken).ConfigureAwait(false);
            return new MergeResult(summary, audit, Error: null);
        }, cancellationToken);
    }

    private static async Task<int> CountAsync(ICypherTransaction tx, CypherQuery query, IReadOnlyDictionary<string, object?> parameters, string column, CancellationToken cancellationToken)
    {
        var row = await SingleAsync(tx, query, parameters, cancellationToken).ConfigureAwait(false);
        return row.Count == 0 ? 0 : row.Int(column);
    }
}
