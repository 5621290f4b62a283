using GeoGraph.Core;
using GeoGraph.Core.Storage;

namespace GeoGraph.Storage.Neo4j.Parameters;

/// <summary>How values are written to the graph so that comparisons mean what they mean in the SQLite store.</summary>
internal static class StoredValues
{
    /// <summary>Times are stored and compared as UTC datetimes.</summary>
    public static object? Time(DateTimeOffset? time) => time?.ToUniversalTime();

    /// <summary>The folded words of a text joined by single spaces: what the full-text indexes and word filters read.</summary>
    public static string Words(string? text) => text is null ? "" : string.Join(' ', SearchText.Terms(text));

    /// <summary>The key an outlet is compared by: ASCII letters lower-cased, as SQLite's NOCASE compares.</summary>
    public static string? OutletKey(string? outlet) =>
        outlet is null ? null : string.Create(outlet.Length, outlet, static (span, text) =>
        {
            for (var i = 0; i < text.Length; i++)
                span[i] = char.IsAsciiLetterUpper(text[i]) ? (char)(text[i] + ('a' - 'A')) : text[i];
        });

    /// <summary>A name's lookup key, or null for no name at all.</summary>
    public static string? NameKey(string? name) => string.IsNullOrWhiteSpace(name) ? null : Fold.NameKey(name);
}
