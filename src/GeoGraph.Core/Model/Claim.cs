namespace GeoGraph.Core.Model;

/// <summary>A reported statement: who said it, in what form, reported by whom, about whom and where.</summary>
/// <param name="Text">The statement as cut from the cleaned body (the text at <paramref name="Span"/>).</param>
/// <param name="Speaker">The entity that made the statement, when it is named or can be resolved.</param>
/// <param name="SpeakerDescription">How the article describes the speaker when unnamed: "a NATO official".</param>
/// <param name="ReportedBy">The outlet that carried the statement second-hand ("Tolo News quoted …").</param>
/// <param name="Hedged">The statement is qualified: "we think", "may", "reportedly".</param>
/// <param name="Negated">The statement denies rather than asserts; a negated claim asserts no relation.</param>
/// <param name="Denied">
/// The relations the statement denies ("denied any contact with"), usually on a negated claim. Denials are
/// never evidence: they count towards no relation and only pair up with assertions as contradictions.
/// Null when the extractor gave none; stores read back an empty list.
/// </param>
public sealed record Claim(
    ClaimId Id,
    ArticleId Article,
    string Text,
    TextSpan Span,
    ClaimForm Form,
    EntityId? Speaker,
    string? SpeakerDescription,
    EntityId? ReportedBy,
    bool Hedged,
    bool Negated,
    IReadOnlyList<EntityId> About,
    IReadOnlyList<EntityId> Places,
    IReadOnlyList<RelationAssertion> Relations,
    DateTimeOffset ReportedAt,
    bool Retracted = false,
    IReadOnlyList<RelationAssertion>? Denied = null);
