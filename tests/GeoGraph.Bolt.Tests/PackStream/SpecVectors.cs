using GeoGraph.Bolt.Tests.Support;
using GeoGraph.Bolt.Values;

namespace GeoGraph.Bolt.Tests.PackStream;

/// <summary>Values and the bytes the PackStream spec requires for them, derived by hand from the marker table.</summary>
public static class SpecVectors
{
    public static TheoryData<string, object?, string> Scalars => new()
    {
        { "null", null, "C0" },
        { "true", true, "C3" },
        { "false", false, "C2" },
        { "0", 0L, "00" },
        { "1", 1L, "01" },
        { "127", 127L, "7F" },
        { "128", 128L, "C9 00 80" },
        { "-1", -1L, "FF" },
        { "-16", -16L, "F0" },
        { "-17", -17L, "C8 EF" },
        { "-128", -128L, "C8 80" },
        { "-129", -129L, "C9 FF 7F" },
        { "32767", 32767L, "C9 7F FF" },
        { "32768", 32768L, "CA 00 00 80 00" },
        { "-32768", -32768L, "C9 80 00" },
        { "-32769", -32769L, "CA FF FF 7F FF" },
        { "1234567", 1234567L, "CA 00 12 D6 87" },
        { "int.MaxValue", (long)int.MaxValue, "CA 7F FF FF FF" },
        { "int.MaxValue + 1", int.MaxValue + 1L, "CB 00 00 00 00 80 00 00 00" },
        { "int.MinValue", (long)int.MinValue, "CA 80 00 00 00" },
        { "int.MinValue - 1", int.MinValue - 1L, "CB FF FF FF FF 7F FF FF FF" },
        { "long.MaxValue", long.MaxValue, "CB 7F FF FF FF FF FF FF FF" },
        { "long.MinValue", long.MinValue, "CB 80 00 00 00 00 00 00 00" },
        { "1.0", 1.0, "C1 3F F0 00 00 00 00 00 00" },
        { "-1.5", -1.5, "C1 BF F8 00 00 00 00 00 00" },
        { "1.23", 1.23, "C1 3F F3 AE 14 7A E1 47 AE" },
        { "+infinity", double.PositiveInfinity, "C1 7F F0 00 00 00 00 00 00" },
    };

    public static TheoryData<string, object?, string> Sized => new()
    {
        { "empty string", string.Empty, "80" },
        { "a", "a", "81 61" },
        { "Größe (7 UTF-8 bytes)", "Größe", "87 47 72 C3 B6 C3 9F 65" },
        { "15-byte string", new string('a', 15), "8F" + Hex.Repeat("61", 15) },
        { "16-byte string", new string('a', 16), "D0 10" + Hex.Repeat("61", 16) },
        { "Größenmaßstäbe (18 bytes)", "Größenmaßstäbe", "D0 12 47 72 C3 B6 C3 9F 65 6E 6D 61 C3 9F 73 74 C3 A4 62 65" },
        { "255-byte string", new string('a', 255), "D0 FF" + Hex.Repeat("61", 255) },
        { "256-byte string", new string('a', 256), "D1 01 00" + Hex.Repeat("61", 256) },
        { "65535-byte string", new string('a', 65535), "D1 FF FF" + Hex.Repeat("61", 65535) },
        { "65536-byte string", new string('a', 65536), "D2 00 01 00 00" + Hex.Repeat("61", 65536) },
        { "empty bytes", Array.Empty<byte>(), "CC 00" },
        { "bytes 1 2 3", new byte[] { 1, 2, 3 }, "CC 03 01 02 03" },
        { "255 bytes", Bytes(255), "CC FF" + Hex.Repeat("07", 255) },
        { "256 bytes", Bytes(256), "CD 01 00" + Hex.Repeat("07", 256) },
        { "65535 bytes", Bytes(65535), "CD FF FF" + Hex.Repeat("07", 65535) },
        { "65536 bytes", Bytes(65536), "CE 00 01 00 00" + Hex.Repeat("07", 65536) },
        { "empty list", Array.Empty<object?>(), "90" },
        { "[1, \"a\", null, true]", new object?[] { 1L, "a", null, true }, "94 01 81 61 C0 C3" },
        { "15 items", Ones(15), "9F" + Hex.Repeat("01", 15) },
        { "16 items", Ones(16), "D4 10" + Hex.Repeat("01", 16) },
        { "list of 1..40", Enumerable.Range(1, 40).Select(i => (object?)(long)i).ToArray(), "D4 28" + string.Concat(Enumerable.Range(1, 40).Select(i => i.ToString("X2"))) },
        { "255 items", Ones(255), "D4 FF" + Hex.Repeat("01", 255) },
        { "256 items", Ones(256), "D5 01 00" + Hex.Repeat("01", 256) },
        { "65535 items", Ones(65535), "D5 FF FF" + Hex.Repeat("01", 65535) },
        { "65536 items", Ones(65536), "D6 00 01 00 00" + Hex.Repeat("01", 65536) },
        { "empty map", Map(0), "A0" },
        { "{a: 1}", new Dictionary<string, object?> { ["a"] = 1L }, "A1 81 61 01" },
        { "15 entries", Map(15), "AF" + MapEntriesHex(15) },
        { "16 entries", Map(16), "D8 10" + MapEntriesHex(16) },
        { "255 entries", Map(255), "D8 FF" + MapEntriesHex(255) },
        { "256 entries", Map(256), "D9 01 00" + MapEntriesHex(256) },
        { "65536 entries", Map(65536), "DA 00 01 00 00" + MapEntriesHex(65536) },
    };

    public static TheoryData<string, object?, string> Structures => new()
    {
        { "Date 2024-01-01", new BoltDate(19723), "B1 44 C9 4D 0B" },
        { "Time 10:00 +01:00", new BoltTime(36_000_000_000_000, 3600), "B2 54 CB 00 00 20 BD E7 36 40 00 C9 0E 10" },
        { "LocalTime 00:00:01", new BoltLocalTime(1_000_000_000), "B1 74 CA 3B 9A CA 00" },
        { "DateTime 1970-01-01T02:15:00.000000042+01:00", new BoltDateTime(4500, 42, 3600), "B3 49 C9 11 94 2A C9 0E 10" },
        { "DateTimeZoneId UTC epoch", new BoltDateTimeZoneId(0, 0, "UTC"), "B3 69 00 00 83 55 54 43" },
        { "LocalDateTime epoch + 1 s 5 ns", new BoltLocalDateTime(1, 5), "B2 64 01 05" },
        { "Duration P1M2DT3.4S", new BoltDuration(1, 2, 3, 400_000_000), "B4 45 01 02 03 CA 17 D7 84 00" },
        { "Point2D WGS-84 (1, 2)", new BoltPoint2D(4326, 1.0, 2.0), "B3 58 C9 10 E6 C1 3F F0 00 00 00 00 00 00 C1 40 00 00 00 00 00 00 00" },
        { "Point3D Cartesian (0, 0, 1)", new BoltPoint3D(9157, 0.0, 0.0, 1.0), "B4 59 C9 23 C5 C1 00 00 00 00 00 00 00 00 C1 00 00 00 00 00 00 00 00 C1 3F F0 00 00 00 00 00 00" },
        { "Node", new BoltNode(1, ["A"], new Dictionary<string, object?> { ["a"] = 1L }, "e1"), "B4 4E 01 91 81 41 A1 81 61 01 82 65 31" },
        { "Relationship", new BoltRelationship(7, 1, 2, "R", new Dictionary<string, object?>(), "r7", "e1", "e2"), "B8 52 07 01 02 81 52 A0 82 72 37 82 65 31 82 65 32" },
        { "UnboundRelationship", new BoltUnboundRelationship(7, "R", new Dictionary<string, object?>(), "r7"), "B4 72 07 81 52 A0 82 72 37" },
    };

    private static byte[] Bytes(int count) => Enumerable.Repeat((byte)7, count).ToArray();

    private static object?[] Ones(int count) => Enumerable.Repeat((object?)1L, count).ToArray();

    private static Dictionary<string, object?> Map(int count) =>
        Enumerable.Range(0, count).ToDictionary(i => Key(i), i => (object?)1L);

    private static string MapEntriesHex(int count) =>
        string.Concat(Enumerable.Range(0, count).Select(i => "85" + Hex.Format(System.Text.Encoding.ASCII.GetBytes(Key(i))) + "01"));

    private static string Key(int i) => i.ToString("X5");
}
