namespace GeoGraph.Storage.Neo4j.Tests.Support;

/// <summary>Rows as GeoGraph.Bolt hands them over: string keys, longs, object?[] lists, dictionaries.</summary>
internal static class Rows
{
    public static Row Of(params (string Key, object? Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);

    public static object?[] List(params object?[] values) => values;

    /// <summary>A list holding one list (a lone array argument would otherwise become the params array itself).</summary>
    public static object?[] Nest(object?[] inner) => [inner];
}
