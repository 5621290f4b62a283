using CsCheck;
using GeoGraph.Bolt.Values;

namespace GeoGraph.Bolt.Tests.Support;

/// <summary>CsCheck generators for every PackStream value GeoGraph.Bolt can send and receive.</summary>
public static class BoltValueGen
{
    private static readonly Gen<long> Integer = Gen.OneOf(
        Gen.Long,
        Gen.Long[-200, 200],
        Gen.OneOfConst(127L, 128L, -16L, -17L, -128L, -129L, 32767L, 32768L, -32768L, -32769L, int.MaxValue, int.MaxValue + 1L, int.MinValue, int.MinValue - 1L, long.MaxValue, long.MinValue));

    private static readonly Gen<string> Text = Gen.OneOf(Gen.String, Gen.String[Gen.Char['a', 'z'], 0, 40], Gen.String[Gen.Char.AlphaNumeric, 250, 300]);

    private static readonly Gen<int> Nanos = Gen.Int[0, 999_999_999];

    private static readonly Gen<Dictionary<string, object?>> SmallProperties =
        Gen.Dictionary(Gen.String[Gen.Char['a', 'z'], 1, 8], Gen.OneOf(Integer.Select(l => (object?)l), Text.Select(s => (object?)s)))[0, 4];

    public static readonly Gen<object?> Scalar = Gen.OneOf<object?>(
        Gen.Const((object?)null),
        Gen.Bool.Select(b => (object?)b),
        Integer.Select(l => (object?)l),
        Gen.Double.Select(d => (object?)d),
        Text.Select(s => (object?)s),
        Gen.Byte.Array[0, 300].Select(b => (object?)b),
        Temporal,
        Spatial,
        Graph);

    public static readonly Gen<object?> Value = Gen.Recursive<object?>((depth, inner) => depth >= 3
        ? Scalar
        : Gen.Frequency(
            (6, Scalar),
            (1, inner.Array[0, 20].Select(items => (object?)items)),
            (1, Gen.Dictionary(Text, inner)[0, 20].Select(map => (object?)map))));

    private static Gen<object?> Temporal => Gen.OneOf<object?>(
        Gen.Long[-1_000_000, 1_000_000].Select(d => (object?)new BoltDate(d)),
        Gen.Select(Gen.Long[0, 86_399_999_999_999], Gen.Int[-64_800, 64_800], (n, o) => (object?)new BoltTime(n, o)),
        Gen.Long[0, 86_399_999_999_999].Select(n => (object?)new BoltLocalTime(n)),
        Gen.Select(Gen.Long[-10_000_000_000, 10_000_000_000], Nanos, Gen.Int[-64_800, 64_800], (s, n, o) => (object?)new BoltDateTime(s, n, o)),
        Gen.Select(Gen.Long[-10_000_000_000, 10_000_000_000], Nanos, Gen.OneOfConst("UTC", "Europe/Kyiv", "America/New_York"), (s, n, z) => (object?)new BoltDateTimeZoneId(s, n, z)),
        Gen.Select(Gen.Long[-10_000_000_000, 10_000_000_000], Nanos, (s, n) => (object?)new BoltLocalDateTime(s, n)),
        Gen.Select(Integer, Integer, Integer, Nanos, (m, d, s, n) => (object?)new BoltDuration(m, d, s, n)));

    private static Gen<object?> Spatial => Gen.OneOf<object?>(
        Gen.Select(Gen.OneOfConst(4326, 7203), Gen.Double, Gen.Double, (srid, x, y) => (object?)new BoltPoint2D(srid, x, y)),
        Gen.Select(Gen.OneOfConst(4979, 9157), Gen.Double, Gen.Double, Gen.Double, (srid, x, y, z) => (object?)new BoltPoint3D(srid, x, y, z)));

    private static Gen<object?> Graph => Gen.OneOf<object?>(
        Gen.Select(Gen.Long, Gen.String[Gen.Char['A', 'Z'], 1, 6].Array[0, 3], SmallProperties, Text, (id, labels, props, eid) => (object?)new BoltNode(id, labels, props, eid)),
        Gen.Select(Gen.Long, Gen.Long, Gen.Long, Text, SmallProperties, Text, (id, s, e, type, props, eid) => (object?)new BoltRelationship(id, s, e, type, props, eid, $"n{s}", $"n{e}")),
        Gen.Select(Gen.Long, Text, SmallProperties, Text, (id, type, props, eid) => (object?)new BoltUnboundRelationship(id, type, props, eid)),
        Gen.Int[0, 4].Select(hops => (object?)Paths.Chain(hops)));
}
