namespace GeoGraph.Core.Model;

/// <summary>A country, identified by its ISO 3166-1 alpha-2 code.</summary>
public sealed record Country(
    EntityId Id,
    string Name,
    IReadOnlyList<string> Aliases,
    string IsoCode) : Entity(Id, Name, Aliases)
{
    /// <inheritdoc />
    public override EntityKind Kind => EntityKind.Country;
}
