using System.Buffers.Binary;
using System.Text;
using GeoGraph.Bolt.Errors;

namespace GeoGraph.Bolt.PackStream;

/// <summary>
/// Reads PackStream v1 values from one complete message. Accepts every integer width; rejects
/// reserved markers, sizes larger than the bytes left, invalid UTF-8 and nesting deeper than
/// <see cref="MaxDepth"/> with a <see cref="BoltProtocolException"/>.
/// </summary>
internal sealed partial class PackStreamReader
{
    public const int MaxDepth = 200;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Rows are full of booleans and tiny integers; sharing their boxes saves an allocation per value.
    private static readonly object BoxedTrue = true;
    private static readonly object BoxedFalse = false;
    private static readonly object[] BoxedTinyIntegers = [.. Enumerable.Range(-16, 144).Select(i => (object)(long)i)];

    private ReadOnlyMemory<byte> _data;
    private int _position;
    private int _depth;

    public PackStreamReader(ReadOnlyMemory<byte> data, PackStreamDialect dialect)
    {
        _data = data;
        Dialect = dialect;
    }

    public PackStreamDialect Dialect { get; set; }

    public int Remaining => _data.Length - _position;

    public void Reset(ReadOnlyMemory<byte> data)
    {
        _data = data;
        _position = 0;
        _depth = 0;
    }

    public byte PeekMarker()
    {
        Need(1);
        return _data.Span[_position];
    }

    public object? ReadValue()
    {
        var marker = PeekMarker();
        switch (marker >> 4)
        {
            case 0x8:
                return ReadString();
            case 0x9:
                return ReadList();
            case 0xA:
                return ReadMap();
            case 0xB:
                return ReadStructure();
        }

        if (marker <= 0x7F || marker >= 0xF0)
        {
            _position++;
            return BoxedTinyIntegers[unchecked((sbyte)marker) + 16];
        }

        switch (marker)
        {
            case PackStreamMarker.Null:
                _position++;
                return null;
            case PackStreamMarker.Float64:
                return ReadFloat();
            case PackStreamMarker.False:
            case PackStreamMarker.True:
                return ReadBoolean() ? BoxedTrue : BoxedFalse;
            case >= PackStreamMarker.Int8 and <= PackStreamMarker.Int64:
                var integer = ReadInteger();
                return integer is >= -16 and <= 127 ? BoxedTinyIntegers[integer + 16] : integer;
            case >= PackStreamMarker.Bytes8 and <= PackStreamMarker.Bytes32:
                return ReadBytes();
            case >= PackStreamMarker.String8 and <= PackStreamMarker.String32:
                return ReadString();
            case >= PackStreamMarker.List8 and <= PackStreamMarker.List32:
                return ReadList();
            case >= PackStreamMarker.Map8 and <= PackStreamMarker.Map32:
                return ReadMap();
            default:
                throw new BoltProtocolException($"Reserved PackStream marker 0x{marker:X2} at offset {_position}.");
        }
    }

    public bool IsNull()
    {
        if (PeekMarker() != PackStreamMarker.Null)
        {
            return false;
        }

        _position++;
        return true;
    }

    public bool ReadBoolean() => ReadMarker() switch
    {
        PackStreamMarker.True => true,
        PackStreamMarker.False => false,
        var m => throw Unexpected(m, "a boolean"),
    };

    public long ReadInteger()
    {
        var marker = ReadMarker();
        if (marker <= 0x7F || marker >= 0xF0)
        {
            return unchecked((sbyte)marker);
        }

        var span = _data.Span;
        switch (marker)
        {
            case PackStreamMarker.Int8:
                Need(1);
                return unchecked((sbyte)span[_position++]);
            case PackStreamMarker.Int16:
                Need(2);
                var int16 = BinaryPrimitives.ReadInt16BigEndian(span[_position..]);
                _position += 2;
                return int16;
            case PackStreamMarker.Int32:
                Need(4);
                var int32 = BinaryPrimitives.ReadInt32BigEndian(span[_position..]);
                _position += 4;
                return int32;
            case PackStreamMarker.Int64:
                Need(8);
                var int64 = BinaryPrimitives.ReadInt64BigEndian(span[_position..]);
                _position += 8;
                return int64;
            default:
                throw Unexpected(marker, "an integer");
        }
    }

    public double ReadFloat()
    {
        var marker = ReadMarker();
        if (marker != PackStreamMarker.Float64)
        {
            throw Unexpected(marker, "a float");
        }

        Need(8);
        var value = BinaryPrimitives.ReadDoubleBigEndian(_data.Span[_position..]);
        _position += 8;
        return value;
    }

    public string ReadString()
    {
        var marker = ReadMarker();
        var length = (marker & 0xF0) == PackStreamMarker.TinyStringBase
            ? marker & 0x0F
            : ReadSize(marker, PackStreamMarker.String8, "a string");
        Need(length);
        try
        {
            var value = StrictUtf8.GetString(_data.Span.Slice(_position, length));
            _position += length;
            return value;
        }
        catch (DecoderFallbackException e)
        {
            throw new BoltProtocolException($"Invalid UTF-8 in a string at offset {_position}.", e);
        }
    }

    public byte[] ReadBytes()
    {
        var length = ReadSize(ReadMarker(), PackStreamMarker.Bytes8, "a byte array");
        Need(length);
        var value = _data.Span.Slice(_position, length).ToArray();
        _position += length;
        return value;
    }

    public int ReadListHeader()
    {
        var marker = ReadMarker();
        var count = (marker & 0xF0) == PackStreamMarker.TinyListBase ? marker & 0x0F : ReadSize(marker, PackStreamMarker.List8, "a list");
        NeedItems(count, 1);
        return count;
    }

    public int ReadMapHeader()
    {
        var marker = ReadMarker();
        var count = (marker & 0xF0) == PackStreamMarker.TinyMapBase ? marker & 0x0F : ReadSize(marker, PackStreamMarker.Map8, "a map");
        NeedItems(count, 2);
        return count;
    }

    public (byte Tag, int FieldCount) ReadStructureHeader()
    {
        var marker = ReadMarker();
        if ((marker & 0xF0) != PackStreamMarker.TinyStructBase)
        {
            throw Unexpected(marker, "a structure");
        }

        Need(1);
        return (_data.Span[_position++], marker & 0x0F);
    }

    public object?[] ReadList()
    {
        var count = ReadListHeader();
        Enter();
        var items = count == 0 ? [] : new object?[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = ReadValue();
        }

        _depth--;
        return items;
    }

    public Dictionary<string, object?> ReadMap()
    {
        var count = ReadMapHeader();
        Enter();
        var map = new Dictionary<string, object?>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = PeekMarker() is >= PackStreamMarker.TinyStringBase and < PackStreamMarker.TinyListBase or >= PackStreamMarker.String8 and <= PackStreamMarker.String32
                ? ReadString()
                : throw new BoltProtocolException($"A map key must be a string (marker 0x{PeekMarker():X2} at offset {_position}).");

            // Duplicate keys are legal on the wire; the last value wins.
            map[key] = ReadValue();
        }

        _depth--;
        return map;
    }

    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw new BoltProtocolException($"Values are nested more than {MaxDepth} levels deep.");
        }
    }

    private byte ReadMarker()
    {
        Need(1);
        return _data.Span[_position++];
    }

    /// <summary>Reads the 8/16/32-bit size that follows <paramref name="marker"/> (markers of one family are consecutive).</summary>
    private int ReadSize(byte marker, byte marker8, string what)
    {
        var span = _data.Span;
        switch (marker - marker8)
        {
            case 0:
                Need(1);
                return span[_position++];
            case 1:
                Need(2);
                var size16 = BinaryPrimitives.ReadUInt16BigEndian(span[_position..]);
                _position += 2;
                return size16;
            case 2:
                Need(4);
                var size32 = BinaryPrimitives.ReadUInt32BigEndian(span[_position..]);
                _position += 4;
                return size32 <= PackStreamMarker.MaxSize
                    ? (int)size32
                    : throw new BoltProtocolException($"The size {size32} of {what} exceeds the PackStream maximum.");
            default:
                throw Unexpected(marker, what);
        }
    }

    private void Need(int count)
    {
        if (count > Remaining)
        {
            throw new BoltProtocolException($"The message ends after {Remaining} bytes but {count} more were announced at offset {_position}.");
        }
    }

    private void NeedItems(int count, int bytesPerItem)
    {
        // Each value takes at least one byte, so a count larger than the bytes left is a lie.
        if ((long)count * bytesPerItem > Remaining)
        {
            throw new BoltProtocolException($"A collection of {count} items cannot fit in the {Remaining} bytes left.");
        }
    }

    private BoltProtocolException Unexpected(byte marker, string expected) =>
        new($"Expected {expected} but found marker 0x{marker:X2} at offset {_position - 1}.");
}
