namespace GeoGraph.Bolt.Transactions;

/// <summary>
/// The driver-wide bookmarks, per database: each committed transaction replaces its database's set
/// with its own bookmark, and every BEGIN sends the current set (read-your-writes across a cluster).
/// </summary>
internal sealed class BookmarkManager
{
    private readonly Dictionary<string, string[]> _bookmarks = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public IReadOnlyList<string> Get(string? database, IReadOnlyList<string>? extra)
    {
        lock (_lock)
        {
            var own = _bookmarks.GetValueOrDefault(database ?? string.Empty) ?? [];
            return extra is null or { Count: 0 } ? own : [.. own.Union(extra, StringComparer.Ordinal)];
        }
    }

    public void Update(string? database, string? bookmark)
    {
        if (string.IsNullOrEmpty(bookmark))
        {
            return;
        }

        lock (_lock)
        {
            _bookmarks[database ?? string.Empty] = [bookmark];
        }
    }
}
