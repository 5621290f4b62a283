using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage;

/// <summary>How many claims in a timeline bucket assert relations of one type; a claim counts once per type.</summary>
public sealed record TimelineCount(RelationType Type, int Claims);
