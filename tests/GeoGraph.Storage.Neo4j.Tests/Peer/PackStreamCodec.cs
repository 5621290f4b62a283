using System.Buffers.Binary;
using System.Collections;
using System.Text;

namespace GeoGraph.Storage.Neo4j.Tests.Peer;

/// <summary>
/// The part of PackStream v1 the peer needs, written from the specification for the test alone
/// (GeoGraph.Bolt's own codec is what is under test): null, booleans, integers, floats, strings, lists,
/// maps and structures.
/// </summary>
internal static class PackStreamCodec
{
    public static object? Read(ReadOnlySpan<byte> data, ref int at)
    {
        var marker = data[at++];
        switch (marker)
        {
            case <= 0x7F:
                return (long)marker;
            case >= 0xF0:
                return (long)(sbyte)marker;
            case >= 0x80 and <= 0x8F:
                return ReadString(data, ref at, marker & 0x0F);
            case >= 0x90 and <= 0x9F:
                return ReadList(data, ref at, marker & 0x0F);
            case >= 0xA0 and <= 0xAF:
                return ReadMap(data, ref at, marker & 0x0F);
            case >= 0xB0 and <= 0xBF:
                var tag = data[at++];
                return new PackedStruct(tag, ReadList(data, ref at, marker & 0x0F));
        }

        return marker switch
        {
            0xC0 => null,
            0xC1 => BinaryPrimitives.ReadDoubleBigEndian(Take(data, ref at, 8)),
            0xC2 => false,
            0xC3 => true,
            0xC8 => (long)(sbyte)Take(data, ref at, 1)[0],
            0xC9 => (long)BinaryPrimitives.ReadInt16BigEndian(Take(data, ref at, 2)),
            0xCA => (long)BinaryPrimitives.ReadInt32BigEndian(Take(data, ref at, 4)),
            0xCB => BinaryPrimitives.ReadInt64BigEndian(Take(data, ref at, 8)),
            0xCC => Take(data, ref at, Take(data, ref at, 1)[0]).ToArray(),
            0xCD => Take(data, ref at, BinaryPrimitives.ReadUInt16BigEndian(Take(data, ref at, 2))).ToArray(),
            0xD0 => ReadString(data, ref at, Take(data, ref at, 1)[0]),
            0xD1 => ReadString(data, ref at, BinaryPrimitives.ReadUInt16BigEndian(Take(data, ref at, 2))),
            0xD2 => ReadString(data, ref at, BinaryPrimitives.ReadInt32BigEndian(Take(data, ref at, 4))),
            0xD4 => ReadList(data, ref at, Take(data, ref at, 1)[0]),
            0xD5 => ReadList(data, ref at, BinaryPrimitives.ReadUInt16BigEndian(Take(data, ref at, 2))),
            0xD6 => ReadList(data, ref at, BinaryPrimitives.ReadInt32BigEndian(Take(data, ref at, 4))),
            0xD8 => ReadMap(data, ref at, Take(data, ref at, 1)[0]),
            0xD9 => ReadMap(data, ref at, BinaryPrimitives.ReadUInt16BigEndian(Take(data, ref at, 2))),
            0xDA => ReadMap(data, ref at, BinaryPrimitives.ReadInt32BigEndian(Take(data, ref at, 4))),
            _ => throw new FormatException($"The peer does not read PackStream marker 0x{marker:X2}."),
        };
    }

    public static void Write(List<byte> output, object? value)
    {
        switch (value)
        {
            case null:
                output.Add(0xC0);
                break;
            case bool b:
                output.Add(b ? (byte)0xC3 : (byte)0xC2);
                break;
            case int or long:
                output.Add(0xCB);
                output.AddRange(BigEndian(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)));
                break;
            case double d:
                output.Add(0xC1);
                output.AddRange(BigEndian(BitConverter.DoubleToInt64Bits(d)));
                break;
            case string s:
                var bytes = Encoding.UTF8.GetBytes(s);
                Header(output, 0x80, 0xD2, bytes.Length);
                output.AddRange(bytes);
                break;
            case PackedStruct structure:
                output.Add((byte)(0xB0 | structure.Fields.Count));
                output.Add(structure.Tag);
                foreach (var field in structure.Fields)
                    Write(output, field);
                break;
            case IReadOnlyDictionary<string, object?> map:
                Header(output, 0xA0, 0xDA, map.Count);
                foreach (var (key, item) in map)
                {
                    Write(output, key);
                    Write(output, item);
                }

                break;
            case IEnumerable list:
                var items = list.Cast<object?>().ToList();
                Header(output, 0x90, 0xD6, items.Count);
                foreach (var item in items)
                    Write(output, item);
                break;
            default:
                throw new ArgumentException($"The peer does not write a {value.GetType().Name}.", nameof(value));
        }
    }

    /// <summary>A tiny marker up to 15 items, else the 32-bit form (always valid, if not the shortest).</summary>
    private static void Header(List<byte> output, byte tiny, byte wide, int size)
    {
        if (size < 16)
        {
            output.Add((byte)(tiny | size));
            return;
        }

        output.Add(wide);
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, size);
        output.AddRange(length);
    }

    private static byte[] BigEndian(long value)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(bytes, value);
        return bytes;
    }

    private static ReadOnlySpan<byte> Take(ReadOnlySpan<byte> data, ref int at, int count)
    {
        var slice = data.Slice(at, count);
        at += count;
        return slice;
    }

    private static string ReadString(ReadOnlySpan<byte> data, ref int at, int length) => Encoding.UTF8.GetString(Take(data, ref at, length));

    private static object?[] ReadList(ReadOnlySpan<byte> data, ref int at, int count)
    {
        var list = new object?[count];
        for (var i = 0; i < count; i++)
            list[i] = Read(data, ref at);
        return list;
    }

    private static Dictionary<string, object?> ReadMap(ReadOnlySpan<byte> data, ref int at, int count)
    {
        var map = new Dictionary<string, object?>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = (string)Read(data, ref at)!;
            map[key] = Read(data, ref at);
        }

        return map;
    }
}
