namespace GeoGraph.Bolt.Values;

/// <summary>A relationship inside a path, before its ends are filled in (PackStream structure <c>r</c>).</summary>
/// <param name="Id">The legacy numeric id.</param>
/// <param name="Type">The relationship type.</param>
/// <param name="Properties">The relationship's properties.</param>
/// <param name="ElementId">The Bolt 5 element id.</param>
public sealed record BoltUnboundRelationship(long Id, string Type, IReadOnlyDictionary<string, object?> Properties, string ElementId)
{
    /// <summary>Binds this relationship to the two nodes it connects.</summary>
    public BoltRelationship Bind(BoltNode start, BoltNode end) =>
        new(Id, start.Id, end.Id, Type, Properties, ElementId, start.ElementId, end.ElementId);
}
