namespace GeoGraph.Core.Model;

/// <summary>An imported news article with its cleaned body, the text every claim span points into.</summary>
public sealed record Article(
    ArticleId Id,
    string Body,
    string? Title,
    string? Url,
    string? Outlet,
    DateTimeOffset? PublishedAt,
    DateTimeOffset ImportedAt)
{
    /// <summary>When the article's claims were reported: its publication date, else its import time.</summary>
    public DateTimeOffset ReportedAt => PublishedAt ?? ImportedAt;

    /// <summary>
    /// The later version of this article (another text imported under the same URL), when there is one; the
    /// claims of a superseded article are retracted so that an updated story or a growing live blog counts once.
    /// </summary>
    public ArticleId? SupersededBy { get; init; }
}
