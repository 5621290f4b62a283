namespace GeoGraph.Core.Storage;

/// <summary>The codes curation results carry when nothing was changed.</summary>
public static class CurationErrorCodes
{
    /// <summary>An entity or claim id the store does not hold.</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>An entity cannot be merged into itself.</summary>
    public const string SameEntity = "SAME_ENTITY";

    /// <summary>Only entities of the same kind merge.</summary>
    public const string KindsDiffer = "KINDS_DIFFER";

    /// <summary>The alias already names another entity.</summary>
    public const string AliasTaken = "ALIAS_TAKEN";

    /// <summary>The alias has no letters or digits.</summary>
    public const string InvalidAlias = "INVALID_ALIAS";

    /// <summary>A retraction needs a reason.</summary>
    public const string ReasonRequired = "REASON_REQUIRED";

    /// <summary>Every curation names who made it.</summary>
    public const string ActorRequired = "ACTOR_REQUIRED";
}
