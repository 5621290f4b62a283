using GeoGraph.Core.Model;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

public sealed class ArticleGraphType : ObjectGraphType<Article>
{
    public ArticleGraphType()
    {
        Name = "Article";
        Description = "An imported article; its id is a hash of the cleaned body.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Article;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id.Value);
        Field<StringGraphType>("title").Resolve(c => c.Source.Title);
        Field<StringGraphType>("url").Resolve(c => c.Source.Url);
        Field<StringGraphType>("outlet").Description("The outlet that published the article.").Resolve(c => c.Source.Outlet);
        Field<DateTimeOffsetGraphType>("publishedAt").Resolve(c => c.Source.PublishedAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("importedAt").Resolve(c => c.Source.ImportedAt);
        Field<NonNullGraphType<StringGraphType>>("body").Description("The cleaned text every claim span points into.").Resolve(c => c.Source.Body);
        Field<ArticleGraphType>("supersededBy")
            .Description("The later version of this article (another text imported under the same URL); its claims then no longer count.")
            .Resolve(c => c.Source.SupersededBy is { } later ? c.Loaders().Articles.Load(later) : null);
        Field<NonNullGraphType<ClaimConnectionGraphType>>("claims")
            .Description("Its claims in reading order.")
            .WithPaging()
            .Resolve(c => c.Loaders().ArticleClaims(c.PageArguments()).Load(c.Source.Id));
    }
}
