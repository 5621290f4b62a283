namespace GeoGraph.Core.Model;

/// <summary>A person who speaks or acts for an organisation.</summary>
/// <param name="Title">Rank or honorific as written before the name: "Brigadier General".</param>
/// <param name="Role">The office held: "spokesman", "secretary general".</param>
/// <param name="Organisation">The organisation the role is held in.</param>
public sealed record Official(
    EntityId Id,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Title = null,
    string? Role = null,
    EntityId? Organisation = null) : Entity(Id, Name, Aliases)
{
    /// <inheritdoc />
    public override EntityKind Kind => EntityKind.Official;
}
