namespace GeoGraph.Bolt.Values;

/// <summary>A relationship with both ends known (PackStream structure <c>R</c>, or a path segment).</summary>
/// <param name="Id">The legacy numeric id; prefer <paramref name="ElementId"/>.</param>
/// <param name="StartNodeId">The legacy numeric id of the start node.</param>
/// <param name="EndNodeId">The legacy numeric id of the end node.</param>
/// <param name="Type">The relationship type.</param>
/// <param name="Properties">The relationship's properties.</param>
/// <param name="ElementId">The Bolt 5 element id.</param>
/// <param name="StartNodeElementId">The element id of the start node.</param>
/// <param name="EndNodeElementId">The element id of the end node.</param>
public sealed record BoltRelationship(
    long Id,
    long StartNodeId,
    long EndNodeId,
    string Type,
    IReadOnlyDictionary<string, object?> Properties,
    string ElementId,
    string StartNodeElementId,
    string EndNodeElementId);
