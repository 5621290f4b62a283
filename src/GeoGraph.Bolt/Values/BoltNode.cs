namespace GeoGraph.Bolt.Values;

/// <summary>A node as returned by the server (PackStream structure <c>N</c>).</summary>
/// <param name="Id">The legacy numeric id; prefer <paramref name="ElementId"/>.</param>
/// <param name="Labels">The node's labels.</param>
/// <param name="Properties">The node's properties.</param>
/// <param name="ElementId">The Bolt 5 element id (the numeric id as text on Bolt 4.4).</param>
public sealed record BoltNode(long Id, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties, string ElementId);
