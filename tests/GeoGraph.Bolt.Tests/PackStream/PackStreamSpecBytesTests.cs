using GeoGraph.Bolt.Tests.Support;

namespace GeoGraph.Bolt.Tests.PackStream;

public sealed class PackStreamSpecBytesTests
{
    [Theory]
    [MemberData(nameof(SpecVectors.Scalars), MemberType = typeof(SpecVectors))]
    [MemberData(nameof(SpecVectors.Sized), MemberType = typeof(SpecVectors))]
    [MemberData(nameof(SpecVectors.Structures), MemberType = typeof(SpecVectors))]
    public void EncodesValueToSpecBytes(string name, object? value, string hex)
    {
        var bytes = PackStreamCodec.Encode(value);

        Assert.True(Hex.Parse(hex).AsSpan().SequenceEqual(bytes), $"{name}: got {Hex.Format(bytes)[..Math.Min(80, bytes.Length * 2)]}");
    }

    [Theory]
    [MemberData(nameof(SpecVectors.Scalars), MemberType = typeof(SpecVectors))]
    [MemberData(nameof(SpecVectors.Sized), MemberType = typeof(SpecVectors))]
    [MemberData(nameof(SpecVectors.Structures), MemberType = typeof(SpecVectors))]
    public void DecodesSpecBytesToValue(string name, object? value, string hex)
    {
        var decoded = PackStreamCodec.DecodeHex(hex);

        Assert.True(BoltValueEquality.AreEqual(value, decoded), $"{name}: got {BoltValueEquality.Describe(decoded)}");
    }

    [Theory]
    [InlineData("C8 01", 1L)]
    [InlineData("C9 00 01", 1L)]
    [InlineData("CA 00 00 00 01", 1L)]
    [InlineData("CB 00 00 00 00 00 00 00 01", 1L)]
    [InlineData("C9 FF FF", -1L)]
    [InlineData("CB FF FF FF FF FF FF FF F0", -16L)]
    [InlineData("C8 7F", 127L)]
    public void DecodesIntegersOfAnyWidth(string hex, long expected)
    {
        Assert.Equal(expected, PackStreamCodec.DecodeHex(hex));
    }

    [Theory]
    [InlineData("D0 01 61", "a")]
    [InlineData("D1 00 01 61", "a")]
    [InlineData("D2 00 00 00 01 61", "a")]
    [InlineData("D0 00", "")]
    public void DecodesStringsWithOversizedHeaders(string hex, string expected)
    {
        Assert.Equal(expected, PackStreamCodec.DecodeHex(hex));
    }

    [Fact]
    public void DecodesDuplicateMapKeysWithTheLastValueWinning()
    {
        var map = Assert.IsType<Dictionary<string, object?>>(PackStreamCodec.DecodeHex("A2 81 61 01 81 61 02"));

        Assert.Equal(2L, Assert.Single(map).Value);
    }

    [Theory]
    [InlineData(42, "2A")]
    [InlineData((short)-200, "C9 FF 38")]
    [InlineData((byte)200, "C9 00 C8")]
    [InlineData('x', "81 78")]
    [InlineData(1.5f, "C1 3F F8 00 00 00 00 00 00")]
    public void EncodesOtherDotNetPrimitivesAsTheirPackStreamType(object value, string hex)
    {
        Assert.Equal(Hex.Format(Hex.Parse(hex)), Hex.Format(PackStreamCodec.Encode(value)));
    }
}
