namespace GeoGraph.Core.Storage;

/// <summary>How a claim belongs to an entity, for per-entity claim lists.</summary>
public enum EntityClaimRole
{
    /// <summary>
    /// The entity is the claim's speaker: claims it made by name and those of unnamed spokespeople tied to it
    /// ("a Coalition official" has the Coalition as speaker).
    /// </summary>
    Speaker,

    /// <summary>As <see cref="Speaker"/>, plus the claims of officials of the organisation (the speaker filter of <see cref="ClaimQuery.Speaker"/>).</summary>
    SpeakerOrOfficials,

    /// <summary>The claim is about the entity.</summary>
    About,

    /// <summary>
    /// The claim mentions the entity: it speaks it, is about it, names it as a place, or asserts or denies a
    /// relation with it at either end. The outlet that reported a claim is not mentioned by it.
    /// </summary>
    Mentioned,
}
