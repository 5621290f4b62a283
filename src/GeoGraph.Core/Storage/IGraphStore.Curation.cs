using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage;

/// <remarks>
/// Curation writes each run in one transaction and, when they change something, append one
/// <see cref="AuditEntry"/> in that same transaction. Repeating a change that already holds changes nothing
/// and audits nothing. Expected failures come back as <see cref="CurationError"/> values with a code from
/// <see cref="CurationErrorCodes"/>; an empty <c>actor</c> is one of them.
/// </remarks>
public partial interface IGraphStore
{
    /// <summary>
    /// Folds <paramref name="merge"/> into <paramref name="keep"/> (same kind only): every claim's speaker,
    /// reporter, about and place references, relation assertions and denials move to the kept entity; the
    /// merged entity's names become aliases of it; officials, organisations and provinces affiliated with it
    /// are re-pointed; attributes the kept entity lacks are taken from the merged one. Relations are
    /// re-aggregated, and any that would link the kept entity to itself are dropped with their assertions.
    /// The merged entity is then deleted.
    /// </summary>
    Task<MergeResult> MergeEntitiesAsync(EntityId keep, EntityId merge, string actor, string? reason, CancellationToken cancellationToken);

    /// <summary>
    /// Adds <paramref name="name"/> to the entity's aliases, so name lookups and search find it. Refused with
    /// <see cref="CurationErrorCodes.AliasTaken"/> when the name (ignoring case, diacritics, hyphens and a
    /// leading "the") already names another entity.
    /// </summary>
    Task<AliasResult> AddAliasAsync(EntityId entity, string name, string actor, string? reason, CancellationToken cancellationToken);

    /// <summary>
    /// Hides a claim from every read (lists, lookups, evidence, search, timelines, contradictions, mention
    /// counts) and re-aggregates the relations it was evidence for. The claim stays stored for the audit.
    /// </summary>
    Task<RetractionResult> RetractClaimAsync(ClaimId claim, string reason, string actor, CancellationToken cancellationToken);

    /// <summary>The audit log, newest entry first.</summary>
    Task<Page<AuditEntry>> QueryAuditLogAsync(AuditQuery query, PageRequest page, CancellationToken cancellationToken);
}
