using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage;

/// <summary>Which entities to list.</summary>
/// <param name="Search">Matches any part of the name or an alias, ignoring case and diacritics.</param>
public sealed record EntityQuery(EntityKind? Kind = null, string? Search = null);
