using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage.Rules;

/// <summary>The nodes a neighbourhood grew to, and whether the node bound cut it short.</summary>
/// <param name="Nodes">The centre first, then each level's nodes in the order they joined.</param>
/// <param name="Truncated">True when more nodes were in reach than <see cref="NetworkQuery.MaxNodes"/> allows.</param>
public sealed record GrownNetwork(IReadOnlyList<EntityId> Nodes, bool Truncated);
