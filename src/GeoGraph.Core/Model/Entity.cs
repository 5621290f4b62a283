namespace GeoGraph.Core.Model;

/// <summary>A named thing in the graph: its stable id, canonical name and the other names it goes by.</summary>
public abstract record Entity(EntityId Id, string Name, IReadOnlyList<string> Aliases)
{
    /// <summary>Which of the five kinds this entity is.</summary>
    public abstract EntityKind Kind { get; }
}
