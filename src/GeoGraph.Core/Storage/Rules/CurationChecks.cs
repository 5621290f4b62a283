using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage.Rules;

/// <summary>
/// The checks every store makes around a curation, and the errors they report: the same codes and sentences
/// whichever store refuses. Each returns null when the curation may go on.
/// </summary>
public static class CurationChecks
{
    /// <summary>Before a merge: someone is named, and the two entities differ.</summary>
    public static CurationError? Merge(EntityId keep, EntityId merge, string actor)
    {
        if (string.IsNullOrWhiteSpace(actor))
            return new(CurationErrorCodes.ActorRequired, "Say who is merging the entities.");
        if (keep == merge)
            return new(CurationErrorCodes.SameEntity, $"'{keep.Value}' cannot be merged into itself.");
        return null;
    }

    /// <summary>
    /// Once both entities are looked up (a null kind for one the store does not hold): both exist, the kept
    /// one reported first when neither does, and they are of one kind.
    /// </summary>
    public static CurationError? MergeKinds(EntityId keep, EntityKind? keptKind, EntityId merge, EntityKind? mergedKind)
    {
        if (keptKind is null || mergedKind is null)
            return EntityNotFound(keptKind is null ? keep : merge);
        if (keptKind != mergedKind)
            return new(CurationErrorCodes.KindsDiffer, $"A {mergedKind} cannot be merged into a {keptKind}.");
        return null;
    }

    /// <summary>Before an alias is added: someone is named, and the alias has a letter or digit to match on.</summary>
    public static CurationError? Alias(string alias, string actor)
    {
        ArgumentNullException.ThrowIfNull(alias);
        if (string.IsNullOrWhiteSpace(actor))
            return new(CurationErrorCodes.ActorRequired, "Say who is adding the alias.");
        if (Fold.NameKey(alias.Trim()).Length == 0)
            return new(CurationErrorCodes.InvalidAlias, "An alias needs at least one letter or digit.");
        return null;
    }

    /// <summary>
    /// What the entities already named <paramref name="alias"/> (by name key) decide: an unchanged result when
    /// <paramref name="entity"/> is one of them, a refusal naming the ordinally first of them otherwise, and
    /// null when the name is free.
    /// </summary>
    public static AliasResult? AliasOwners(EntityId entity, string alias, IReadOnlyCollection<string> owners)
    {
        ArgumentNullException.ThrowIfNull(owners);
        if (owners.Contains(entity.Value, StringComparer.Ordinal))
            return new AliasResult(Added: false, AuditId: null, Error: null);
        if (owners.Count > 0)
            return AliasResult.Failed(new(CurationErrorCodes.AliasTaken, $"'{alias}' already names '{owners.Min(StringComparer.Ordinal)}'."));
        return null;
    }

    /// <summary>Before a retraction: someone is named, and a reason given.</summary>
    public static CurationError? Retraction(string reason, string actor)
    {
        if (string.IsNullOrWhiteSpace(actor))
            return new(CurationErrorCodes.ActorRequired, "Say who is retracting the claim.");
        if (string.IsNullOrWhiteSpace(reason))
            return new(CurationErrorCodes.ReasonRequired, "Say why the claim is retracted.");
        return null;
    }

    /// <summary>The refusal for an entity id the store does not hold.</summary>
    public static CurationError EntityNotFound(EntityId entity) =>
        new(CurationErrorCodes.NotFound, $"No entity has the id '{entity.Value}'.");

    /// <summary>The refusal for a claim id the store does not hold.</summary>
    public static CurationError ClaimNotFound(ClaimId claim) =>
        new(CurationErrorCodes.NotFound, $"No claim has the id '{claim.Value}'.");
}
