using GeoGraph.Bolt.Values;

namespace GeoGraph.Bolt.Tests.Support;

/// <summary>Builds paths whose relationships alternate direction, to exercise signed path indices.</summary>
public static class Paths
{
    public static BoltPath Chain(int hops)
    {
        var nodes = Enumerable.Range(0, hops + 1).Select(i => new BoltNode(i, ["N"], new Dictionary<string, object?>(), $"n{i}")).ToArray();
        var relationships = Enumerable.Range(0, hops).Select(i =>
        {
            var (start, end) = i % 2 == 0 ? (nodes[i], nodes[i + 1]) : (nodes[i + 1], nodes[i]);
            return new BoltRelationship(100 + i, start.Id, end.Id, "R", new Dictionary<string, object?>(), $"r{i}", start.ElementId, end.ElementId);
        }).ToArray();
        return new BoltPath(nodes, relationships);
    }
}
