namespace GeoGraph.Bolt.Results;

/// <summary>What the server said when a result stream finished.</summary>
/// <param name="Database">The database the query ran against, when the server says.</param>
/// <param name="QueryType"><c>r</c>, <c>w</c>, <c>rw</c> or <c>s</c> (schema).</param>
/// <param name="Counters">Update counters (<c>nodes-created</c>, …); empty for reads.</param>
/// <param name="Bookmark">The bookmark of an auto-commit query; null inside explicit transactions.</param>
/// <param name="Metadata">Every key the final SUCCESS carried.</param>
public sealed record ResultSummary(
    string? Database,
    string? QueryType,
    IReadOnlyDictionary<string, object?> Counters,
    string? Bookmark,
    IReadOnlyDictionary<string, object?> Metadata)
{
    internal static ResultSummary From(IReadOnlyDictionary<string, object?> metadata) => new(
        metadata.GetValueOrDefault("db") as string,
        metadata.GetValueOrDefault("type") as string,
        metadata.GetValueOrDefault("stats") as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>(),
        metadata.GetValueOrDefault("bookmark") as string,
        metadata);
}
