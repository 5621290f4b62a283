using GeoGraph.Core.Storage;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

/// <summary>How articles are ordered.</summary>
public sealed class ArticleSortGraphType : EnumerationGraphType<ArticleSort>
{
    public ArticleSortGraphType()
    {
        Name = "ArticleSort";
        Description = "How articles are ordered.";
    }
}
