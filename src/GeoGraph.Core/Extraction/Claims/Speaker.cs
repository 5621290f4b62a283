using GeoGraph.Core.Extraction.Mentions;

namespace GeoGraph.Core.Extraction.Claims;

/// <summary>Who made a statement: an entity, an unnamed person ("a NATO official") tied to one, or both unknown.</summary>
/// <param name="Description">How the article describes an unnamed speaker: "A NATO official".</param>
/// <param name="IsPerson">Whether the speaker is a person (named or not), so "he" can point back to them.</param>
internal sealed record Speaker(EntityDraft? Entity, string? Description, bool IsPerson)
{
    /// <summary>Whether the speaker stands for several (an organisation, a group, "officials").</summary>
    public bool IsPlural => !IsPerson || Description?.EndsWith('s') == true;
}
