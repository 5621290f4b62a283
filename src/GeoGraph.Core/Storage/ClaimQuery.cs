using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage;

/// <summary>Which claims to list; every given field must match. Retracted claims never match.</summary>
/// <param name="Speaker">Names the speaker (any alias) or, for an unnamed speaker, the organisation they speak for; also finds the claims of that organisation's officials.</param>
/// <param name="About">An entity the claim is about (name or alias).</param>
/// <param name="Place">A place the claim mentions (name or alias); a country also finds claims naming its provinces.</param>
/// <param name="Text">Words in the claim's text (full-text search, all words must occur).</param>
/// <param name="Relation">Only claims asserting this relation.</param>
/// <param name="Since">Only claims reported at or after this time.</param>
/// <param name="Until">Only claims reported at or before this time.</param>
/// <param name="SpeakerId">Only claims whose speaker is exactly this entity (its officials' claims are not included).</param>
/// <param name="AboutId">Only claims about exactly this entity.</param>
/// <param name="ReportedBy">The outlet that carried the claim second-hand (name or alias).</param>
/// <param name="Negated">Only negated (true) or only affirmative (false) claims.</param>
/// <param name="RelationType">Only claims asserting at least one relation of this type.</param>
/// <param name="Outlet">Only claims from articles of this outlet (the article's outlet, ignoring case).</param>
public sealed record ClaimQuery(
    string? Speaker = null,
    string? About = null,
    string? Place = null,
    ArticleId? Article = null,
    ClaimForm? Form = null,
    bool? Hedged = null,
    string? Text = null,
    RelationKey? Relation = null,
    DateTimeOffset? Since = null,
    DateTimeOffset? Until = null,
    EntityId? SpeakerId = null,
    EntityId? AboutId = null,
    string? ReportedBy = null,
    bool? Negated = null,
    RelationType? RelationType = null,
    string? Outlet = null,
    ClaimSort Sort = ClaimSort.Newest)
{
    /// <summary>Throws <see cref="InvalidQueryException"/> when the time window is inverted.</summary>
    public ClaimQuery Validated()
    {
        QueryChecks.TimeWindow(Since, Until);
        return this;
    }
}
