using System.Collections;
using GeoGraph.Bolt.Values;

namespace GeoGraph.Bolt.PackStream;

/// <summary>The mapping from .NET values to PackStream types.</summary>
internal sealed partial class PackStreamWriter
{
    public void WriteValue(object? value)
    {
        switch (value)
        {
            case null:
                WriteNull();
                break;
            case string s:
                WriteString(s);
                break;
            case long l:
                WriteInteger(l);
                break;
            case int i:
                WriteInteger(i);
                break;
            case bool b:
                WriteBoolean(b);
                break;
            case double d:
                WriteFloat(d);
                break;
            case float f:
                WriteFloat(f);
                break;
            case short or sbyte or byte or ushort or uint:
                WriteInteger(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case ulong ul:
                WriteInteger(ul <= long.MaxValue ? (long)ul : throw new ArgumentOutOfRangeException(nameof(value), ul, "PackStream integers are signed 64-bit."));
                break;
            case char c:
                WriteString(c.ToString());
                break;
            case byte[] bytes:
                WriteBytes(bytes);
                break;
            case ReadOnlyMemory<byte> memory:
                WriteBytes(memory.Span);
                break;
            case Memory<byte> memory:
                WriteBytes(memory.Span);
                break;
            case IReadOnlyDictionary<string, object?> map:
                WriteMap(map);
                break;
            case IDictionary<string, object?> map:
                WriteMapHeader(map.Count);
                foreach (var (key, item) in map)
                {
                    WriteString(key);
                    WriteValue(item);
                }

                break;
            case IDictionary map:
                WriteLegacyMap(map);
                break;
            case IEnumerable list:
                WriteList(list);
                break;
            default:
                if (!TryWriteStructure(value))
                {
                    throw new ArgumentException($"A {value.GetType()} cannot be sent as a PackStream value.", nameof(value));
                }

                break;
        }
    }

    public void WriteMap(IReadOnlyDictionary<string, object?> map)
    {
        WriteMapHeader(map.Count);
        foreach (var (key, item) in map)
        {
            WriteString(key);
            WriteValue(item);
        }
    }

    private void WriteLegacyMap(IDictionary map)
    {
        WriteMapHeader(map.Count);
        foreach (DictionaryEntry entry in map)
        {
            WriteString(entry.Key as string ?? throw new ArgumentException("PackStream map keys must be strings.", nameof(map)));
            WriteValue(entry.Value);
        }
    }

    private void WriteList(IEnumerable list)
    {
        if (list is IReadOnlyList<object?> items)
        {
            WriteListHeader(items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                WriteValue(items[i]);
            }

            return;
        }

        if (list is not ICollection collection)
        {
            var buffered = new List<object?>();
            foreach (var item in list)
            {
                buffered.Add(item);
            }

            WriteList(buffered);
            return;
        }

        WriteListHeader(collection.Count);
        foreach (var item in collection)
        {
            WriteValue(item);
        }
    }

    private bool TryWriteStructure(object value)
    {
        switch (value)
        {
            case DateOnly date:
                WriteDate(BoltDate.FromDateOnly(date));
                return true;
            case TimeOnly time:
                WriteLocalTime(BoltLocalTime.FromTimeOnly(time));
                return true;
            case DateTimeOffset instant:
                WriteDateTime(BoltDateTime.FromDateTimeOffset(instant));
                return true;
            case DateTime { Kind: DateTimeKind.Utc } utc:
                WriteDateTime(BoltDateTime.FromDateTimeOffset(new DateTimeOffset(utc)));
                return true;
            case DateTime { Kind: DateTimeKind.Local } local:
                WriteDateTime(BoltDateTime.FromDateTimeOffset(new DateTimeOffset(local)));
                return true;
            case DateTime unspecified:
                WriteLocalDateTime(BoltLocalDateTime.FromDateTime(unspecified));
                return true;
            case TimeSpan span:
                WriteDuration(BoltDuration.FromTimeSpan(span));
                return true;
            default:
                return TryWriteBoltStructure(value);
        }
    }
}
