using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage;

/// <summary>What a merge moved from the removed entity to the kept one.</summary>
/// <param name="SpokenClaims">Claims whose speaker it was.</param>
/// <param name="ReportedClaims">Claims it reported as an outlet.</param>
/// <param name="ClaimRoles">About and place references on claims.</param>
/// <param name="Assertions">Relation assertions naming it, self-relations included.</param>
/// <param name="Denials">Relation denials naming it, self-relations included.</param>
/// <param name="Aliases">Names (its canonical name included) that became aliases of the kept entity and were new to it.</param>
/// <param name="Affiliations">Officials, organisations and provinces whose organisation, parent or country it was.</param>
/// <param name="RelationsRecomputed">Relation keys re-aggregated, old and new.</param>
/// <param name="SelfRelationsDropped">Relations that would have linked the kept entity to itself, dropped with their assertions.</param>
public sealed record MergeSummary(
    EntityId Kept,
    EntityId Removed,
    int SpokenClaims,
    int ReportedClaims,
    int ClaimRoles,
    int Assertions,
    int Denials,
    int Aliases,
    int Affiliations,
    int RelationsRecomputed,
    IReadOnlyList<RelationKey> SelfRelationsDropped);
