namespace GeoGraph.Api.Hosting;

/// <summary>Which store the service runs on, from configuration section <c>Storage</c>.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary><c>Sqlite</c> (the embedded default) or <c>Neo4j</c>.</summary>
    public string Provider { get; set; } = "Sqlite";
}
