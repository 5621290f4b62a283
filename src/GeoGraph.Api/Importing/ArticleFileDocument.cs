namespace GeoGraph.Api.Importing;

/// <summary>The JSON form of an article file: an object with these fields, or a list of them.</summary>
internal sealed class ArticleFileDocument
{
    public string? Text { get; set; }

    public string? Title { get; set; }

    public string? Url { get; set; }

    public string? Outlet { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }
}
