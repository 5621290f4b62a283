using GeoGraph.Core.Storage;

namespace GeoGraph.Api.GraphQL.Arguments;

/// <summary>Which articles to list, as a client sends it.</summary>
public sealed class ArticleWhere
{
    public string? Outlet { get; set; }

    public DateTimeOffset? Since { get; set; }

    public DateTimeOffset? Until { get; set; }

    public string? Search { get; set; }

    public bool IncludeSuperseded { get; set; }

    public ArticleQuery ToQuery(ArticleSort sort) => new(Outlet, Since, Until, Search, sort, IncludeSuperseded);
}
