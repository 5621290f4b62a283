using GeoGraph.Core.Model;

namespace GeoGraph.Storage.Sqlite.Mapping;

/// <summary>The per-kind attributes of an entity, flattened into the entities table's columns.</summary>
internal sealed record EntityColumns(
    string? Category,
    string? Title,
    string? Role,
    string? OrganisationId,
    string? PartOfId,
    string? CountryId,
    string? IsoCode)
{
    public static EntityColumns Of(Entity entity) => entity switch
    {
        Organisation o => new(o.Category, null, null, null, o.PartOf?.Value, o.Country?.Value, null),
        Group g => new(g.Category, null, null, null, null, null, null),
        Official o => new(null, o.Title, o.Role, o.Organisation?.Value, null, null, null),
        Country c => new(null, null, null, null, null, null, c.IsoCode),
        Province p => new(null, null, null, null, null, p.Country.Value, p.IsoCode),
        _ => throw new ArgumentOutOfRangeException(nameof(entity), entity.GetType().Name, "Unknown entity type."),
    };
}
