namespace GeoGraph.Core.Model;

/// <summary>A province, state or governorate of a country; <paramref name="IsoCode"/> is its ISO 3166-2 code.</summary>
public sealed record Province(
    EntityId Id,
    string Name,
    IReadOnlyList<string> Aliases,
    string? IsoCode,
    EntityId Country) : Entity(Id, Name, Aliases)
{
    /// <inheritdoc />
    public override EntityKind Kind => EntityKind.Province;
}
