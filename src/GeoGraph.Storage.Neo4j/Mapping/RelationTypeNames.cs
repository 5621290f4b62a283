using GeoGraph.Core.Model;

namespace GeoGraph.Storage.Neo4j.Mapping;

/// <summary>Relation types are stored by their wire name (<c>SEEKS_ALLIANCE_WITH</c>).</summary>
internal static class RelationTypeNames
{
    public static RelationType Parse(string name) =>
        RelationTypes.TryParse(name, out var type) ? type : throw new InvalidOperationException($"Unknown relation type '{name}' in the store.");
}
