namespace GeoGraph.Bolt.Results;

/// <summary>The column names of one result, shared by all its records, with an index for lookups by name.</summary>
internal sealed class RecordKeys
{
    private readonly Dictionary<string, int> _indexes;

    public RecordKeys(IReadOnlyList<string> names)
    {
        Names = names;
        _indexes = new Dictionary<string, int>(names.Count, StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            _indexes.TryAdd(names[i], i);
        }
    }

    public IReadOnlyList<string> Names { get; }

    public int IndexOf(string key) =>
        _indexes.TryGetValue(key, out var index) ? index : throw new KeyNotFoundException($"The result has no column '{key}' (columns: {string.Join(", ", Names)}).");
}
