using GeoGraph.Bolt.Tests.Support;
using GeoGraph.Bolt.Values;

namespace GeoGraph.Bolt.Tests.PackStream;

public sealed class PathEncodingTests
{
    private static readonly Dictionary<string, object?> NoProperties = [];

    [Fact]
    public void RebuildsAPathWalkingARelationshipBackwards()
    {
        // (a)-[r1]->(b)<-[r2]-(c): nodes [a b c], rels [r1 r2], indices [1 1 -2 2]
        var hex = "B3 50 93" + NodeHex(1) + NodeHex(2) + NodeHex(3) + "92" + RelHex(11) + RelHex(12) + "94 01 01 FE 02";

        var path = Assert.IsType<BoltPath>(PackStreamCodec.DecodeHex(hex));

        Assert.Equal(["e1", "e2", "e3"], path.Nodes.Select(n => n.ElementId));
        Assert.Equal(("e1", "e2"), (path.Relationships[0].StartNodeElementId, path.Relationships[0].EndNodeElementId));
        Assert.Equal(("e3", "e2"), (path.Relationships[1].StartNodeElementId, path.Relationships[1].EndNodeElementId));
    }

    [Fact]
    public void EncodesAPathInTheSpecsCompactForm()
    {
        var a = Node(1);
        var b = Node(2);
        var c = Node(3);
        var path = new BoltPath([a, b, c], [Rel(11, a, b), Rel(12, c, b)]);

        var hex = Hex.Format(PackStreamCodec.Encode(path));

        Assert.Equal(Hex.Format(Hex.Parse("B3 50 93" + NodeHex(1) + NodeHex(2) + NodeHex(3) + "92" + RelHex(11) + RelHex(12) + "94 01 01 FE 02")), hex);
    }

    [Fact]
    public void RejectsAPathIndexPointingOutsideItsRelationships()
    {
        var hex = "B3 50 91" + NodeHex(1) + "90 92 01 00";

        Assert.Throws<GeoGraph.Bolt.Errors.BoltProtocolException>(() => PackStreamCodec.DecodeHex(hex));
    }

    private static BoltNode Node(long id) => new(id, [], NoProperties, $"e{id}");

    private static BoltRelationship Rel(long id, BoltNode start, BoltNode end) =>
        new(id, start.Id, end.Id, "R", NoProperties, $"r{id}", start.ElementId, end.ElementId);

    private static string NodeHex(long id) => $"B4 4E {id:X2} 90 A0 82 65 {0x30 + id:X2}";

    private static string RelHex(long id) => $"B4 72 {id:X2} 81 52 A0 83 72 31 {0x30 + id - 10:X2}";
}
