using GeoGraph.Core.Model;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Sqlite.Mapping;

/// <summary>Reads entity rows (with their aliases) into the domain's entity records.</summary>
internal static class EntityRows
{
    public const string Columns = "e.id, e.kind, e.name, e.category, e.title, e.role, e.organisation_id, e.part_of_id, e.country_id, e.iso_code";

    public static EntityRow Read(SqliteDataReader reader) => new(
        reader.GetString(0),
        Enum.Parse<EntityKind>(reader.GetString(1)),
        reader.GetString(2),
        reader.NullableString(3),
        reader.NullableString(4),
        reader.NullableString(5),
        reader.NullableString(6),
        reader.NullableString(7),
        reader.NullableString(8),
        reader.NullableString(9));

    public static Entity ToEntity(EntityRow row, IReadOnlyList<string> aliases)
    {
        var id = new EntityId(row.Id);
        return row.Kind switch
        {
            EntityKind.Organisation => new Organisation(id, row.Name, aliases, row.Category, Id(row.PartOfId), Id(row.CountryId)),
            EntityKind.Group => new Group(id, row.Name, aliases, row.Category),
            EntityKind.Official => new Official(id, row.Name, aliases, row.Title, row.Role, Id(row.OrganisationId)),
            EntityKind.Country => new Country(id, row.Name, aliases, row.IsoCode ?? ""),
            EntityKind.Province => new Province(id, row.Name, aliases, row.IsoCode, Id(row.CountryId) ?? default),
            _ => throw new InvalidOperationException($"Unknown entity kind '{row.Kind}'."),
        };
    }

    private static EntityId? Id(string? value) => value is null ? null : new EntityId(value);
}

/// <summary>One row of the entities table.</summary>
internal sealed record EntityRow(
    string Id,
    EntityKind Kind,
    string Name,
    string? Category,
    string? Title,
    string? Role,
    string? OrganisationId,
    string? PartOfId,
    string? CountryId,
    string? IsoCode);
