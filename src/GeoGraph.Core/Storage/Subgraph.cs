using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage;

/// <summary>A piece of the graph ready to draw: its nodes and the relations between them.</summary>
/// <param name="Truncated">True when the node bound cut the neighbourhood short.</param>
public sealed record Subgraph(IReadOnlyList<Entity> Nodes, IReadOnlyList<Relation> Edges, bool Truncated);
