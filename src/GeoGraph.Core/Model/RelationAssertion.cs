namespace GeoGraph.Core.Model;

/// <summary>One relation as one claim asserts it.</summary>
public readonly record struct RelationAssertion(EntityId From, RelationType Type, EntityId To);
