namespace GeoGraph.Core.Model;

/// <summary>Identifies a relation: (from, type, to).</summary>
public readonly record struct RelationKey(EntityId From, RelationType Type, EntityId To);
