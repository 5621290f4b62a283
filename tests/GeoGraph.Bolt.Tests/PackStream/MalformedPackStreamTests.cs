using GeoGraph.Bolt.Errors;
using GeoGraph.Bolt.Tests.Support;

namespace GeoGraph.Bolt.Tests.PackStream;

public sealed class MalformedPackStreamTests
{
    [Theory]
    [InlineData("C4")]
    [InlineData("C5")]
    [InlineData("C6")]
    [InlineData("C7")]
    [InlineData("CF")]
    [InlineData("D3")]
    [InlineData("D7")]
    [InlineData("DB")]
    [InlineData("E0")]
    [InlineData("EF")]
    public void RejectsReservedMarkers(string hex)
    {
        Assert.Throws<BoltProtocolException>(() => PackStreamCodec.DecodeHex(hex));
    }

    [Theory]
    [InlineData("85 61 62")]
    [InlineData("D0 10 61")]
    [InlineData("D2 7F FF FF FF 61")]
    [InlineData("CC 05 01")]
    [InlineData("CE 00 01 00 00")]
    [InlineData("C9 01")]
    [InlineData("CB 00 00 00")]
    [InlineData("C1 3F F0")]
    [InlineData("D6 7F FF FF FF 01")]
    [InlineData("DA 00 10 00 00 81 61 01")]
    [InlineData("94 01")]
    [InlineData("B3 44")]
    public void RejectsSizesLargerThanTheBytesThatFollow(string hex)
    {
        Assert.Throws<BoltProtocolException>(() => PackStreamCodec.DecodeHex(hex));
    }

    [Theory]
    [InlineData("D2 80 00 00 00")]
    [InlineData("CE FF FF FF FF")]
    public void RejectsSizesBeyondThePackStreamMaximum(string hex)
    {
        Assert.Throws<BoltProtocolException>(() => PackStreamCodec.DecodeHex(hex));
    }

    [Fact]
    public void RejectsUnknownStructureTags()
    {
        var error = Assert.Throws<BoltProtocolException>(() => PackStreamCodec.DecodeHex("B1 7A 01"));

        Assert.Contains("0x7A", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("B2 44 01 02")]
    [InlineData("B2 4E 01 90")]
    [InlineData("B1 58 01")]
    public void RejectsKnownStructuresWithTheWrongFieldCount(string hex)
    {
        Assert.Throws<BoltProtocolException>(() => PackStreamCodec.DecodeHex(hex));
    }

    [Fact]
    public void RejectsNonStringMapKeys()
    {
        Assert.Throws<BoltProtocolException>(() => PackStreamCodec.DecodeHex("A1 01 01"));
    }

    [Fact]
    public void RejectsInvalidUtf8()
    {
        Assert.Throws<BoltProtocolException>(() => PackStreamCodec.DecodeHex("82 C3 28"));
    }

    [Fact]
    public void RejectsNestingDeeperThanTheLimitInsteadOfOverflowingTheStack()
    {
        var hex = Hex.Repeat("91", 100_000) + "01";

        Assert.Throws<BoltProtocolException>(() => PackStreamCodec.DecodeHex(hex));
    }

    [Fact]
    public void RejectsOutOfRangeNanoseconds()
    {
        Assert.Throws<BoltProtocolException>(() => PackStreamCodec.DecodeHex("B2 64 00 CA 3B 9A CA 00"));
    }
}
