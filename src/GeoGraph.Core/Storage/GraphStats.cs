namespace GeoGraph.Core.Storage;

/// <summary>How much the graph holds.</summary>
public sealed record GraphStats(int Articles, int Claims, int Entities, int Relations);
