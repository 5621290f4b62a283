using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage;

/// <summary>
/// One chain of relations from a path's start to its end. <see cref="Steps"/> keep their stored direction,
/// so a step may point backwards along the path; <see cref="Nodes"/> say which way the path walks
/// (<c>Nodes[i]</c> to <c>Nodes[i + 1]</c> over <c>Steps[i]</c>).
/// </summary>
public sealed record RelationPath(IReadOnlyList<EntityId> Nodes, IReadOnlyList<Relation> Steps);
