using GeoGraph.Bolt.Values;
using GeoGraph.Core.Model;

namespace GeoGraph.Storage.Neo4j.Mapping;

/// <summary>
/// Reads the values of a row as GeoGraph.Bolt decodes them (integers as <see cref="long"/>, lists as
/// <c>object?[]</c>, maps as dictionaries, datetimes as <see cref="BoltDateTime"/>) into .NET types.
/// </summary>
internal static class RowValues
{
    public static string String(this Row row, string key) =>
        row.GetValueOrDefault(key) as string ?? throw Missing(key, "a string");

    public static string? OptionalString(this Row row, string key) => row.GetValueOrDefault(key) as string;

    public static int Int(this Row row, string key) => ToInt(row.GetValueOrDefault(key), key);

    public static long Long(this Row row, string key) =>
        row.GetValueOrDefault(key) as long? ?? throw Missing(key, "an integer");

    public static bool Bool(this Row row, string key) =>
        row.GetValueOrDefault(key) as bool? ?? throw Missing(key, "a boolean");

    public static double Double(this Row row, string key) => row.GetValueOrDefault(key) switch
    {
        double d => d,
        long l => l,
        _ => throw Missing(key, "a number"),
    };

    public static DateTimeOffset Time(this Row row, string key) =>
        OptionalTime(row, key) ?? throw Missing(key, "a datetime");

    public static DateTimeOffset? OptionalTime(this Row row, string key) => ToTime(row.GetValueOrDefault(key));

    public static EntityId? OptionalEntity(this Row row, string key) =>
        row.GetValueOrDefault(key) is string id ? new EntityId(id) : null;

    public static IReadOnlyList<object?> List(this Row row, string key) => ToList(row.GetValueOrDefault(key));

    public static IReadOnlyList<string> Strings(this Row row, string key) =>
        [.. List(row, key).Select(v => v as string ?? throw Missing(key, "a list of strings"))];

    /// <summary>A list of <c>[fromId, type, toId]</c> triples as relation keys, as written by assertion-collecting statements.</summary>
    public static IEnumerable<RelationKey> RelationKeys(this Row row, string key) =>
        row.List(key).Select(ToAssertion).Select(a => new RelationKey(a.From, a.Type, a.To));

    public static IReadOnlyList<Row> Maps(this Row row, string key) =>
        [.. List(row, key).Select(v => v as Row ?? throw Missing(key, "a list of maps"))];

    public static IReadOnlyList<object?> ToList(object? value) => value switch
    {
        null => [],
        IReadOnlyList<object?> list => list,
        _ => throw new InvalidOperationException($"Expected a list from Neo4j but got a {value.GetType().Name}."),
    };

    public static int ToInt(object? value, string what) => value switch
    {
        long l => checked((int)l),
        int i => i,
        _ => throw Missing(what, "an integer"),
    };

    public static DateTimeOffset? ToTime(object? value) => value switch
    {
        null => null,
        BoltDateTime time => time.ToDateTimeOffset().ToUniversalTime(),
        BoltDateTimeZoneId zoned => zoned.ToUniversalTime(),
        DateTimeOffset time => time.ToUniversalTime(),
        _ => throw new InvalidOperationException($"Expected a datetime from Neo4j but got a {value.GetType().Name}."),
    };

    /// <summary>[from, type, to] as the queries return relation keys and assertions.</summary>
    public static RelationAssertion ToAssertion(object? value)
    {
        var parts = ToList(value);
        if (parts is not [string from, string type, string to])
            throw new InvalidOperationException("Expected a relation as [from, type, to] from Neo4j.");
        return new RelationAssertion(new EntityId(from), RelationTypeNames.Parse(type), new EntityId(to));
    }

    private static InvalidOperationException Missing(string key, string expected) =>
        new($"Expected '{key}' to be {expected} in the row Neo4j returned.");
}
