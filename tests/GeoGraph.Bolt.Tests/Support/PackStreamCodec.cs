using GeoGraph.Bolt.IO;
using GeoGraph.Bolt.PackStream;

namespace GeoGraph.Bolt.Tests.Support;

/// <summary>Encodes and decodes single values the way a connection does, for byte-level tests.</summary>
public static class PackStreamCodec
{
    internal static byte[] Encode(object? value, PackStreamDialect? dialect = null)
    {
        using var buffer = new PooledBufferWriter();
        new PackStreamWriter(buffer, dialect ?? PackStreamDialect.Bolt5).WriteValue(value);
        return buffer.WrittenSpan.ToArray();
    }

    internal static object? Decode(byte[] bytes, PackStreamDialect? dialect = null)
    {
        var reader = new PackStreamReader(bytes, dialect ?? PackStreamDialect.Bolt5);
        var value = reader.ReadValue();
        Assert.Equal(0, reader.Remaining);
        return value;
    }

    public static object? DecodeHex(string hex) => Decode(Hex.Parse(hex));
}
