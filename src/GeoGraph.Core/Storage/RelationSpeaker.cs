using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage;

/// <summary>
/// One voice behind a relation: the live evidence claims sharing a speaker entity and speaker description.
/// A named speaker has a null description; an unnamed one ("a Coalition official") has both; a claim with
/// neither counts under a voice whose fields are both null.
/// </summary>
/// <param name="Claims">How many of the relation's live evidence claims this voice made.</param>
public sealed record RelationSpeaker(EntityId? Speaker, string? Description, int Claims);
