namespace GeoGraph.Bolt.Values;

/// <summary>
/// A path (PackStream structure <c>P</c>) rebuilt into the sequence it walks:
/// <c>Nodes[i]</c> –<c>Relationships[i]</c>– <c>Nodes[i + 1]</c>; each relationship keeps its real direction.
/// </summary>
/// <param name="Nodes">The nodes along the path, one more than the relationships.</param>
/// <param name="Relationships">The relationships along the path.</param>
public sealed record BoltPath(IReadOnlyList<BoltNode> Nodes, IReadOnlyList<BoltRelationship> Relationships)
{
    /// <summary>The first node.</summary>
    public BoltNode Start => Nodes[0];

    /// <summary>The last node.</summary>
    public BoltNode End => Nodes[^1];
}
