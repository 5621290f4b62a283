namespace GeoGraph.Core.Model;

/// <summary>An armed or political non-state group.</summary>
/// <param name="Category">"armed group", "political movement"…</param>
public sealed record Group(
    EntityId Id,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Category = null) : Entity(Id, Name, Aliases)
{
    /// <inheritdoc />
    public override EntityKind Kind => EntityKind.Group;
}
