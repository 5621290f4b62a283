using GeoGraph.Core.Model;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Sqlite.Mapping;

/// <summary>Reads rows of the derived relations table.</summary>
internal static class RelationRows
{
    public const string Columns = "r.from_id, r.type, r.to_id, r.claim_count, r.hedged_count, r.first_reported, r.last_reported";

    public static Relation Read(SqliteDataReader reader) => new(
        new EntityId(reader.GetString(0)),
        ParseType(reader.GetString(1)),
        new EntityId(reader.GetString(2)),
        reader.GetInt32(3),
        reader.GetInt32(4),
        StoredTime.Read(reader.GetString(5)),
        StoredTime.Read(reader.GetString(6)));

    public static RelationType ParseType(string name) =>
        RelationTypes.TryParse(name, out var type) ? type : throw new InvalidOperationException($"Unknown relation type '{name}' in the store.");
}
