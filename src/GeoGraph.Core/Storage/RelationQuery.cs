using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage;

/// <summary>Which relations to list.</summary>
/// <param name="Entity">An entity (name, alias or id) at either end of the relation.</param>
public sealed record RelationQuery(RelationType? Type = null, string? Entity = null);
