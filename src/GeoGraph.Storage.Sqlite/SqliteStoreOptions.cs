using System.ComponentModel.DataAnnotations;

namespace GeoGraph.Storage.Sqlite;

/// <summary>Settings of the embedded store, bound from configuration section <c>Storage:Sqlite</c>.</summary>
public sealed class SqliteStoreOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Storage:Sqlite";

    /// <summary>The database file; relative paths are resolved against the working folder.</summary>
    [Required]
    public string Path { get; set; } = System.IO.Path.Combine("data", "geograph.db");

    /// <summary>How long a statement waits for a lock held by another connection before failing.</summary>
    [Range(0, 600_000)]
    public int BusyTimeoutMilliseconds { get; set; } = 10_000;
}
