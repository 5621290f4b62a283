namespace GeoGraph.Core.Extraction.Mentions;

/// <summary>
/// A stretch of the body that refers to an entity: tokens [FirstToken, EndToken).
/// An unnamed person ("a NATO official") has <see cref="Description"/> and the entity they speak for, if any.
/// </summary>
internal sealed record Mention(int FirstToken, int EndToken, EntityDraft? Entity, MentionForm Form, string? Description = null)
{
    /// <summary>Whether the mention stands for a person (a named official or an unnamed one).</summary>
    public bool IsPerson => Form == MentionForm.Unnamed || Entity?.Kind == Model.EntityKind.Official;

    /// <summary>Whether a country is named by its capital ("Moscow said"): the state acting, not where the article is set.</summary>
    public bool ByCapital { get; init; }

    /// <summary>Whether a word that names no place stands for the state ("the government said"): no vote for where the article is set.</summary>
    public bool StandsIn { get; init; }

    /// <summary>Whether the token range of this mention overlaps [first, end).</summary>
    public bool Overlaps(int first, int end) => FirstToken < end && first < EndToken;
}
