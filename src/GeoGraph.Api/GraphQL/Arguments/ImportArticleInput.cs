namespace GeoGraph.Api.GraphQL.Arguments;

/// <summary>An article as an importer posts it.</summary>
public sealed class ImportArticleInput
{
    public string Text { get; set; } = "";

    public string? Url { get; set; }

    public string? Title { get; set; }

    public string? Outlet { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }
}
