using System.Globalization;

namespace GeoGraph.Storage.Sqlite;

/// <summary>Times are stored as fixed-width UTC ISO 8601 text, so text order is time order.</summary>
internal static class StoredTime
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string Write(DateTimeOffset time) =>
        time.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static string? Write(DateTimeOffset? time) => time is { } t ? Write(t) : null;

    /// <summary>The lower bound of a time window, or a text no stored time sorts before.</summary>
    public static string Since(DateTimeOffset? since) => since is { } s ? Write(s) : "";

    /// <summary>The upper bound of a time window, or a text no stored time sorts after.</summary>
    public static string Until(DateTimeOffset? until) => until is { } u ? Write(u) : "9999-12-31T23:59:59.9999999Z";

    public static DateTimeOffset Read(string text) =>
        DateTimeOffset.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
