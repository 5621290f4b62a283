using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Sqlite.Mapping;

/// <summary>Small conversions between .NET values and SQLite parameters and columns.</summary>
internal static class SqlValues
{
    /// <summary>A list passed as one JSON array parameter and read back with <c>json_each</c>, so it stays parameterised.</summary>
    public static string JsonArray(IEnumerable<string> values) => JsonSerializer.Serialize(values);

    public static object OrNull(string? value) => value is null ? DBNull.Value : value;

    public static string? NullableString(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static void Add(this SqliteParameterCollection parameters, string name, string? value) =>
        parameters.AddWithValue(name, OrNull(value));
}
