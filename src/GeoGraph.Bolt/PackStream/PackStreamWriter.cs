using System.Buffers.Binary;
using System.Text;
using GeoGraph.Bolt.IO;

namespace GeoGraph.Bolt.PackStream;

/// <summary>
/// Writes PackStream v1 values into a <see cref="PooledBufferWriter"/>, always choosing the
/// smallest encoding (spec "PackStream": integers, sizes of strings, bytes, lists and maps).
/// </summary>
internal sealed partial class PackStreamWriter
{
    private readonly PooledBufferWriter _output;

    public PackStreamWriter(PooledBufferWriter output, PackStreamDialect dialect)
    {
        _output = output;
        Dialect = dialect;
    }

    public PackStreamDialect Dialect { get; set; }

    public void WriteNull() => _output.WriteByte(PackStreamMarker.Null);

    public void WriteBoolean(bool value) => _output.WriteByte(value ? PackStreamMarker.True : PackStreamMarker.False);

    public void WriteInteger(long value)
    {
        if (value is >= -16 and <= 127)
        {
            _output.WriteByte(unchecked((byte)value));
        }
        else if (value is >= sbyte.MinValue and < -16)
        {
            var span = _output.GetSpan(2);
            span[0] = PackStreamMarker.Int8;
            span[1] = unchecked((byte)value);
            _output.Advance(2);
        }
        else if (value is >= short.MinValue and <= short.MaxValue)
        {
            var span = _output.GetSpan(3);
            span[0] = PackStreamMarker.Int16;
            BinaryPrimitives.WriteInt16BigEndian(span[1..], (short)value);
            _output.Advance(3);
        }
        else if (value is >= int.MinValue and <= int.MaxValue)
        {
            var span = _output.GetSpan(5);
            span[0] = PackStreamMarker.Int32;
            BinaryPrimitives.WriteInt32BigEndian(span[1..], (int)value);
            _output.Advance(5);
        }
        else
        {
            var span = _output.GetSpan(9);
            span[0] = PackStreamMarker.Int64;
            BinaryPrimitives.WriteInt64BigEndian(span[1..], value);
            _output.Advance(9);
        }
    }

    public void WriteFloat(double value)
    {
        var span = _output.GetSpan(9);
        span[0] = PackStreamMarker.Float64;
        BinaryPrimitives.WriteDoubleBigEndian(span[1..], value);
        _output.Advance(9);
    }

    public void WriteString(string value)
    {
        var byteCount = Encoding.UTF8.GetByteCount(value);
        WriteSizedHeader(byteCount, PackStreamMarker.TinyStringBase, PackStreamMarker.String8);
        var written = Encoding.UTF8.GetBytes(value, _output.GetSpan(byteCount));
        _output.Advance(written);
    }

    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        // Byte arrays have no tiny form: the 8-bit size is the smallest (spec: empty = CC 00).
        if (value.Length <= byte.MaxValue)
        {
            var span = _output.GetSpan(2);
            span[0] = PackStreamMarker.Bytes8;
            span[1] = (byte)value.Length;
            _output.Advance(2);
        }
        else if (value.Length <= ushort.MaxValue)
        {
            WriteMarkerAndUInt16(PackStreamMarker.Bytes16, (ushort)value.Length);
        }
        else
        {
            WriteMarkerAndUInt32(PackStreamMarker.Bytes32, (uint)value.Length);
        }

        _output.Write(value);
    }

    public void WriteListHeader(int count) => WriteSizedHeader(count, PackStreamMarker.TinyListBase, PackStreamMarker.List8);

    public void WriteMapHeader(int count) => WriteSizedHeader(count, PackStreamMarker.TinyMapBase, PackStreamMarker.Map8);

    public void WriteStructureHeader(int fieldCount, byte tag)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fieldCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fieldCount, 15);
        var span = _output.GetSpan(2);
        span[0] = (byte)(PackStreamMarker.TinyStructBase | fieldCount);
        span[1] = tag;
        _output.Advance(2);
    }

    /// <summary>
    /// Writes a tiny header (size in the low nibble) below 16, else the 8/16/32-bit form, whose
    /// markers follow each other (D0 D1 D2 for strings, D4 D5 D6 for lists, D8 D9 DA for maps).
    /// </summary>
    private void WriteSizedHeader(int size, byte tinyBase, byte marker8)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        if (size < 16)
        {
            _output.WriteByte((byte)(tinyBase | size));
        }
        else if (size <= byte.MaxValue)
        {
            var span = _output.GetSpan(2);
            span[0] = marker8;
            span[1] = (byte)size;
            _output.Advance(2);
        }
        else if (size <= ushort.MaxValue)
        {
            WriteMarkerAndUInt16((byte)(marker8 + 1), (ushort)size);
        }
        else
        {
            WriteMarkerAndUInt32((byte)(marker8 + 2), (uint)size);
        }
    }

    private void WriteMarkerAndUInt16(byte marker, ushort value)
    {
        var span = _output.GetSpan(3);
        span[0] = marker;
        BinaryPrimitives.WriteUInt16BigEndian(span[1..], value);
        _output.Advance(3);
    }

    private void WriteMarkerAndUInt32(byte marker, uint value)
    {
        var span = _output.GetSpan(5);
        span[0] = marker;
        BinaryPrimitives.WriteUInt32BigEndian(span[1..], value);
        _output.Advance(5);
    }
}
