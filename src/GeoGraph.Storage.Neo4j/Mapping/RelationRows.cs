using GeoGraph.Core.Model;

namespace GeoGraph.Storage.Neo4j.Mapping;

/// <summary>Relation maps and rows (fromId, type, toId, claims, hedged, first, last) as relations.</summary>
internal static class RelationRows
{
    public static Relation ToRelation(Row row) => new(
        new EntityId(row.String("fromId")),
        RelationTypeNames.Parse(row.String("type")),
        new EntityId(row.String("toId")),
        row.Int("claims"),
        row.Int("hedged"),
        row.Time("first"),
        row.Time("last"));

    public static RelationKey ToKey(Row row) =>
        new(new EntityId(row.String("fromId")), RelationTypeNames.Parse(row.String("type")), new EntityId(row.String("toId")));
}
