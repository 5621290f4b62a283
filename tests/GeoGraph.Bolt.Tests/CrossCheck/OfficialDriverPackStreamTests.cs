using GeoGraph.Bolt.Tests.Support;
using GeoGraph.Bolt.Values;

namespace GeoGraph.Bolt.Tests.CrossCheck;

/// <summary>PackStream bytes agree with the official JavaScript driver in both directions.</summary>
public sealed class OfficialDriverPackStreamTests
{
    private static readonly Dictionary<string, object?> ExpectedFromDriver = new(StringComparer.Ordinal)
    {
        ["null"] = null,
        ["true"] = true,
        ["false"] = false,
        ["int 0"] = 0L,
        ["int 127"] = 127L,
        ["int 128"] = 128L,
        ["int -16"] = -16L,
        ["int -17"] = -17L,
        ["int -128"] = -128L,
        ["int -129"] = -129L,
        ["int 32767"] = 32767L,
        ["int 32768"] = 32768L,
        ["int -32769"] = -32769L,
        ["int 2147483648"] = 2147483648L,
        ["int min"] = long.MinValue,
        ["int max"] = long.MaxValue,
        ["float 1.23"] = 1.23,
        ["float -0.5"] = -0.5,
        ["string empty"] = string.Empty,
        ["string Größe"] = "Größe",
        ["string 16"] = new string('a', 16),
        ["string 256"] = new string('a', 256),
        ["string 65536"] = new string('a', 65536),
        ["bytes 1 2 3"] = new byte[] { 1, 2, 3 },
        ["bytes 256"] = Enumerable.Repeat((byte)7, 256).ToArray(),
        ["list mixed"] = new object?[] { 1L, "a", null, true },
        ["list 16"] = Enumerable.Repeat((object?)1L, 16).ToArray(),
        ["map nested"] = new Dictionary<string, object?> { ["a"] = 1L, ["b"] = new Dictionary<string, object?> { ["c"] = new object?[] { 2L, "x" } } },
        ["map 16"] = Enumerable.Range(0, 16).ToDictionary(i => $"k{i:00}", i => (object?)(long)i),
        ["date"] = new BoltDate(19723),
        ["local time"] = new BoltLocalTime(36_001_000_000_500),
        ["time"] = new BoltTime(36_000_000_000_000, 3600),
        ["date time offset"] = new BoltDateTime(4500, 42, 3600),
        ["date time zone"] = new BoltDateTimeZoneId(1_717_232_400, 0, "Europe/Kyiv"),
        ["local date time"] = new BoltLocalDateTime(1_704_067_201, 5),
        ["duration"] = new BoltDuration(1, 2, 3, 400_000_000),
        ["point 2d"] = new BoltPoint2D(4326, 1.5, 2.5),
        ["point 3d"] = new BoltPoint3D(9157, 0, 0, 1),
    };

    private static readonly (string Name, object? Value, string Expected)[] SentToDriver =
    [
        ("int 128", 128L, "int:128"),
        ("int -17", -17L, "int:-17"),
        ("int -32769", -32769L, "int:-32769"),
        ("int min", long.MinValue, "int:-9223372036854775808"),
        ("int max", long.MaxValue, "int:9223372036854775807"),
        ("float", 1.23, "float:1.23"),
        ("string 256", new string('b', 256), "\"" + new string('b', 256) + "\""),
        ("string 65536", new string('c', 65536), "\"" + new string('c', 65536) + "\""),
        ("unicode", "Größenmaßstäbe", "\"Größenmaßstäbe\""),
        ("bytes 65536", Enumerable.Repeat((byte)1, 65536).ToArray(), "bytes:" + string.Concat(Enumerable.Repeat("01", 65536))),
        ("list 256", Enumerable.Repeat((object?)null, 256).ToArray(), "[" + string.Join(", ", Enumerable.Repeat("null", 256)) + "]"),
        ("map", new Dictionary<string, object?> { ["a"] = true, ["b"] = new object?[] { "x" } }, "{a: true, b: [\"x\"]}"),
        ("date", new BoltDate(19723), "Date:2024-01-01"),
        ("local time", new BoltLocalTime(36_001_000_000_500), "LocalTime:10:00:01.000000500"),
        ("time", new BoltTime(36_000_000_000_000, 3600), "Time:10:00:00+01:00"),
        ("date time", new BoltDateTime(4500, 42, 3600), "DateTime:1970-01-01T02:15:00.000000042+01:00"),
        ("date time zone", new BoltDateTimeZoneId(1_717_232_400, 0, "Europe/Kyiv"), "DateTime:2024-06-01T12:00:00+03:00[Europe/Kyiv]"),
        ("local date time", new BoltLocalDateTime(1_704_067_201, 5), "LocalDateTime:2024-01-01T00:00:01.000000005"),
        ("duration", new BoltDuration(1, 2, 3, 400_000_000), "Duration:P1M2DT3.400000000S"),
        ("point", new BoltPoint2D(7203, 1.5, -2), "Point(7203, 1.5, -2)"),
        ("node", new BoltNode(1, ["Country"], new Dictionary<string, object?> { ["iso"] = "UA" }, "4:x:1"), "Node(1, [Country], {iso: \"UA\"}, 4:x:1)"),
        ("relationship", new BoltRelationship(7, 1, 2, "PART_OF", new Dictionary<string, object?>(), "5:x:7", "4:x:1", "4:x:2"), "Relationship(7, 1->2, PART_OF, {}, 5:x:7, 4:x:1->4:x:2)"),
        ("path", Paths.Chain(2), "Path(n0-[r0:n0->n1]-n1 n1-[r1:n2->n1]-n2)"),
    ];

    [Fact]
    public async Task DecodesEveryValueTheOfficialDriverEncodes()
    {
        var output = await NodeScripts.RunAsync("packstream.js", ["encode"], null, TestContext.Current.CancellationToken);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToDictionary(p => p[0], p => p[1]);

        Assert.Equal(ExpectedFromDriver.Keys.Order(), lines.Keys.Order());
        foreach (var (name, hex) in lines)
        {
            var decoded = PackStreamCodec.Decode(Convert.FromHexString(hex));
            Assert.True(BoltValueEquality.AreEqual(ExpectedFromDriver[name], decoded), $"{name}: decoded {BoltValueEquality.Describe(decoded)}");
        }
    }

    [Fact]
    public async Task EncodesValuesTheOfficialDriverDecodesToTheSameValues()
    {
        var cases = SentToDriver;
        var input = string.Join('\n', cases.Select(c => Convert.ToHexString(PackStreamCodec.Encode(c.Value))));

        var output = await NodeScripts.RunAsync("packstream.js", ["decode"], input, TestContext.Current.CancellationToken);
        var described = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(cases.Length, described.Length);
        foreach (var (c, actual) in cases.Zip(described))
        {
            Assert.True(c.Expected == actual, $"{c.Name}: the driver decoded {actual[..Math.Min(200, actual.Length)]}");
        }
    }
}
