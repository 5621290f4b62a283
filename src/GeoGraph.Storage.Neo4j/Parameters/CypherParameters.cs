using GeoGraph.Core.Model;

namespace GeoGraph.Storage.Neo4j.Parameters;

/// <summary>Builds parameter maps; every value a statement needs reaches it here, never in its text.</summary>
internal static class CypherParameters
{
    public static Dictionary<string, object?> Of(params (string Name, object? Value)[] parameters) =>
        parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);

    /// <summary>Relation keys as the maps {from, type, to} the statements UNWIND.</summary>
    public static List<object?> Keys(IEnumerable<RelationKey> keys) =>
        [.. keys.Distinct().Select(k => Of(("from", k.From.Value), ("type", k.Type.Name()), ("to", k.To.Value)))];

    public static List<object?> Ids(IEnumerable<string> ids) => [.. ids.Distinct()];

    public static List<object?>? Types(IEnumerable<RelationType>? types) => types is null ? null : [.. types.Select(t => t.Name())];
}
