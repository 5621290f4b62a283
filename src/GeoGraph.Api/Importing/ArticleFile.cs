using GeoGraph.Core.Extraction;

namespace GeoGraph.Api.Importing;

/// <summary>One article read from disk, or the reason it could not be read.</summary>
/// <param name="Source">The file (and, for a JSON list, the position in it) the article came from.</param>
public sealed record ArticleFile(string Source, ArticleInput? Input, string? Error);
