using GeoGraph.Core.Model;

namespace GeoGraph.Storage.Neo4j.Mapping;

/// <summary>Rows of <c>Read/GetArticles</c> as articles.</summary>
internal static class ArticleRows
{
    public static Article ToArticle(Row row) => new(
        new ArticleId(row.String("id")),
        row.String("body"),
        row.OptionalString("title"),
        row.OptionalString("url"),
        row.OptionalString("outlet"),
        row.OptionalTime("publishedAt"),
        row.Time("importedAt"))
    {
        SupersededBy = row.OptionalString("supersededBy") is { } later ? new ArticleId(later) : null,
    };
}
