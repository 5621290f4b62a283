using GeoGraph.Bolt.PackStream;
using GeoGraph.Bolt.Tests.Support;
using GeoGraph.Bolt.Values;

namespace GeoGraph.Bolt.Tests.PackStream;

public sealed class DotNetValueMappingTests
{
    public static TheoryData<string, object, string> DotNetValues => new()
    {
        { "DateOnly", new DateOnly(2024, 1, 1), "B1 44 C9 4D 0B" },
        { "TimeOnly", new TimeOnly(0, 0, 1), "B1 74 CA 3B 9A CA 00" },
        { "DateTimeOffset", new DateTimeOffset(1970, 1, 1, 2, 15, 0, TimeSpan.FromHours(1)), "B3 49 C9 11 94 00 C9 0E 10" },
        { "DateTime UTC", new DateTime(1970, 1, 1, 0, 0, 1, DateTimeKind.Utc), "B3 49 01 00 00" },
        { "DateTime unspecified", new DateTime(1970, 1, 1, 0, 0, 1, DateTimeKind.Unspecified), "B2 64 01 00" },
        { "TimeSpan", TimeSpan.FromSeconds(3.5), "B4 45 00 00 03 CA 1D CD 65 00" },
        { "List<int>", new List<int> { 1, 2 }, "92 01 02" },
        { "Dictionary<string, string>", new Dictionary<string, string> { ["k"] = "v" }, "A1 81 6B 81 76" },
        { "ReadOnlyMemory<byte>", new ReadOnlyMemory<byte>([9]), "CC 01 09" },
    };

    [Theory]
    [MemberData(nameof(DotNetValues))]
    public void EncodesDotNetValueAsItsBoltType(string name, object value, string hex)
    {
        Assert.True(Hex.Format(Hex.Parse(hex)) == Hex.Format(PackStreamCodec.Encode(value)), name);
    }

    [Fact]
    public void RejectsTypesWithoutAPackStreamForm()
    {
        Assert.Throws<ArgumentException>(() => PackStreamCodec.Encode(new Uri("http://example.org")));
    }

    [Fact]
    public void RejectsUnsignedIntegersAboveInt64()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PackStreamCodec.Encode(ulong.MaxValue));
    }

    [Fact]
    public void EncodesDateTimeInLegacyWallClockFormForBolt44WithoutUtcPatch()
    {
        var bytes = PackStreamCodec.Encode(new BoltDateTime(4500, 42, 3600), PackStreamDialect.Bolt44(utcPatch: false));

        Assert.Equal(Hex.Format(Hex.Parse("B3 46 C9 1F A4 2A C9 0E 10")), Hex.Format(bytes));
    }

    [Fact]
    public void DecodesLegacyDateTimeToTheSameInstant()
    {
        var value = PackStreamCodec.DecodeHex("B3 46 C9 1F A4 2A C9 0E 10");

        Assert.Equal(new BoltDateTime(4500, 42, 3600), value);
    }

    [Fact]
    public void EncodesNodesWithoutElementIdsForBolt44()
    {
        var node = new BoltNode(1, [], new Dictionary<string, object?>(), "1");

        Assert.Equal("B34E0190A0", Hex.Format(PackStreamCodec.Encode(node, PackStreamDialect.Bolt44(utcPatch: true))));
    }

    [Fact]
    public void DecodesBolt44NodesWithTheNumericIdAsElementId()
    {
        var node = Assert.IsType<BoltNode>(PackStreamCodec.DecodeHex("B3 4E 2A 90 A0"));

        Assert.Equal("42", node.ElementId);
    }

    [Fact]
    public void ConvertsBoltDateTimeBackToTheSameDateTimeOffset()
    {
        var instant = new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.FromHours(-3)).AddTicks(1234567);

        var roundTripped = BoltDateTime.FromDateTimeOffset(instant).ToDateTimeOffset();

        Assert.Equal(instant, roundTripped);
        Assert.Equal(instant.Offset, roundTripped.Offset);
    }

    [Fact]
    public void ConvertsDatesBeforeTheEpoch()
    {
        var date = new DateOnly(1900, 2, 28);

        Assert.Equal(date, BoltDate.FromDateOnly(date).ToDateOnly());
    }

    [Fact]
    public void ConvertsLocalDateTimesBeforeTheEpochWithPositiveNanoseconds()
    {
        var value = BoltLocalDateTime.FromDateTime(new DateTime(1969, 12, 31, 23, 59, 59, 500));

        Assert.Equal(new BoltLocalDateTime(-1, 500_000_000), value);
    }
}
