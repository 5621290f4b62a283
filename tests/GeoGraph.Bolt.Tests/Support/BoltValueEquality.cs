using System.Collections;
using GeoGraph.Bolt.Values;

namespace GeoGraph.Bolt.Tests.Support;

/// <summary>Structural equality for decoded values (lists, maps, byte arrays, graph records holding collections).</summary>
public static class BoltValueEquality
{
    public static void AssertEqual(object? expected, object? actual) =>
        Assert.True(AreEqual(expected, actual), $"Expected {Describe(expected)} but got {Describe(actual)}.");

    public static bool AreEqual(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (double x, double y) => BitConverter.DoubleToInt64Bits(x) == BitConverter.DoubleToInt64Bits(y),
        (string x, string y) => x == y,
        (byte[] x, byte[] y) => x.AsSpan().SequenceEqual(y),
        (BoltNode x, BoltNode y) => x.Id == y.Id && x.ElementId == y.ElementId && AreEqual(x.Labels, y.Labels) && AreEqual(x.Properties, y.Properties),
        (BoltRelationship x, BoltRelationship y) => x with { Properties = y.Properties } == y && AreEqual(x.Properties, y.Properties),
        (BoltUnboundRelationship x, BoltUnboundRelationship y) => x with { Properties = y.Properties } == y && AreEqual(x.Properties, y.Properties),
        (BoltPath x, BoltPath y) => AreEqual(x.Nodes, y.Nodes) && AreEqual(x.Relationships, y.Relationships),
        (IDictionary x, IDictionary y) => x.Count == y.Count && x.Keys.Cast<object>().All(k => y.Contains(k) && AreEqual(x[k], y[k])),
        (IEnumerable x and not string, IEnumerable y and not string) => ListsEqual(x.Cast<object?>().ToList(), y.Cast<object?>().ToList()),
        _ => a.Equals(b),
    };

    public static string Describe(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        byte[] bytes => $"bytes[{Hex.Format(bytes)}]",
        IDictionary map => "{" + string.Join(", ", map.Keys.Cast<object>().Select(k => $"{k}: {Describe(map[k])}")) + "}",
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Describe)) + "]",
        _ => $"{value} ({value.GetType().Name})",
    };

    private static bool ListsEqual(List<object?> x, List<object?> y) =>
        x.Count == y.Count && x.Zip(y).All(pair => AreEqual(pair.First, pair.Second));
}
