using GeoGraph.Bolt.Values;

namespace GeoGraph.Bolt.Results;

/// <summary>One result row: values in the order of <see cref="Keys"/>, readable by name or position.</summary>
public sealed class Record
{
    private readonly RecordKeys _keys;
    private readonly object?[] _values;

    internal Record(RecordKeys keys, object?[] values)
    {
        _keys = keys;
        _values = values;
    }

    /// <summary>The column names.</summary>
    public IReadOnlyList<string> Keys => _keys.Names;

    /// <summary>The values, in column order.</summary>
    public IReadOnlyList<object?> Values => _values;

    /// <summary>The value at a position.</summary>
    public object? this[int index] => _values[index];

    /// <summary>The value of a column; throws <see cref="KeyNotFoundException"/> for an unknown column.</summary>
    public object? this[string key] => _values[_keys.IndexOf(key)];

    /// <summary>
    /// The value of a column converted to <typeparamref name="T"/>: integers narrow with overflow
    /// checks, Bolt temporal values convert to <see cref="DateOnly"/>, <see cref="TimeOnly"/>,
    /// <see cref="DateTimeOffset"/> and <see cref="DateTime"/>.
    /// </summary>
    public T Get<T>(string key) => ValueConversion.To<T>(this[key]);

    /// <summary>The value at a position converted to <typeparamref name="T"/>.</summary>
    public T Get<T>(int index) => ValueConversion.To<T>(_values[index]);

    /// <summary>The record as a dictionary (a new one on each call).</summary>
    public IReadOnlyDictionary<string, object?> ToDictionary()
    {
        var map = new Dictionary<string, object?>(_values.Length, StringComparer.Ordinal);
        for (var i = 0; i < _values.Length; i++)
        {
            map[_keys.Names[i]] = _values[i];
        }

        return map;
    }
}
