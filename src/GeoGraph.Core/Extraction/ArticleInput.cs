namespace GeoGraph.Core.Extraction;

/// <summary>An article as an importer posts it: raw text (site junk and all) and what is known about it.</summary>
public sealed record ArticleInput(
    string Text,
    string? Title = null,
    string? Url = null,
    string? Outlet = null,
    DateTimeOffset? PublishedAt = null);
