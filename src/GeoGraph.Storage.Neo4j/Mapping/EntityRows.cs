using GeoGraph.Core.Model;

namespace GeoGraph.Storage.Neo4j.Mapping;

/// <summary>Rows of <c>Read/GetEntities</c> as the domain's entity records.</summary>
internal static class EntityRows
{
    public static Entity ToEntity(Row row)
    {
        var id = new EntityId(row.String("id"));
        var name = row.String("name");
        var aliases = OtherNames(name, row.Strings("names"));
        return Enum.Parse<EntityKind>(row.String("kind")) switch
        {
            EntityKind.Organisation => new Organisation(id, name, aliases, row.OptionalString("category"), row.OptionalEntity("partOf"), row.OptionalEntity("country")),
            EntityKind.Group => new Group(id, name, aliases, row.OptionalString("category")),
            EntityKind.Official => new Official(id, name, aliases, row.OptionalString("title"), row.OptionalString("role"), row.OptionalEntity("organisation")),
            EntityKind.Country => new Country(id, name, aliases, row.OptionalString("isoCode") ?? ""),
            EntityKind.Province => new Province(id, name, aliases, row.OptionalString("isoCode"), row.OptionalEntity("country") ?? default),
            var kind => throw new InvalidOperationException($"Unknown entity kind '{kind}' in the store."),
        };
    }

    /// <summary>Every name but the canonical one, ordinally, as the SQLite store lists aliases.</summary>
    public static IReadOnlyList<string> OtherNames(string name, IReadOnlyList<string> names) =>
        [.. names.Where(n => !string.Equals(n, name, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
