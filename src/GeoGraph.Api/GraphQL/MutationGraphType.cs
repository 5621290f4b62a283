using GeoGraph.Api.GraphQL.Arguments;
using GeoGraph.Api.GraphQL.Types;
using GeoGraph.Core.Extraction;
using GeoGraph.Core.Importing;
using GraphQL;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL;

/// <summary>What an importer can change.</summary>
public sealed class MutationGraphType : ObjectGraphType
{
    public MutationGraphType()
    {
        Name = "Mutation";

        Field<NonNullGraphType<ImportArticlePayloadGraphType>>("importArticle")
            .Description("Cleans, extracts and stores one article in one transaction. Importing the same text again changes nothing (created: false).")
            .Argument<NonNullGraphType<ImportArticleInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ImportArticleInput>("input");
                var article = new ArticleInput(input.Text, input.Title, input.Url, input.Outlet, input.PublishedAt);
                return await c.Service<ArticleImporter>().ImportAsync(article, c.CancellationToken);
            });
    }
}
