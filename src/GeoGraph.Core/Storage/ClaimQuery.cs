using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage;

/// <summary>Which claims to list; every given field must match.</summary>
/// <param name="Speaker">Names the speaker (any alias) or, for an unnamed speaker, the organisation they speak for.</param>
/// <param name="About">An entity the claim is about (name or alias).</param>
/// <param name="Place">A place the claim mentions (name or alias).</param>
/// <param name="Text">Words in the claim's text (full-text search).</param>
/// <param name="Relation">Only claims asserting this relation.</param>
public sealed record ClaimQuery(
    string? Speaker = null,
    string? About = null,
    string? Place = null,
    ArticleId? Article = null,
    ClaimForm? Form = null,
    bool? Hedged = null,
    string? Text = null,
    RelationKey? Relation = null);
