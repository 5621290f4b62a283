using GeoGraph.Api.GraphQL.Arguments;
using GeoGraph.Api.GraphQL.Types;
using GeoGraph.Core.Extraction;
using GeoGraph.Core.Importing;
using GeoGraph.Core.Storage;
using GraphQL;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL;

/// <summary>What an importer can change.</summary>
public sealed class MutationGraphType : ObjectGraphType
{
    private const int MaxBatch = 100;

    public MutationGraphType()
    {
        Name = "Mutation";

        Field<NonNullGraphType<ImportArticlePayloadGraphType>>("importArticle")
            .Description("Cleans, extracts and stores one article in one transaction. Importing the same text again changes nothing (created: false).")
            .Argument<NonNullGraphType<ImportArticleInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ImportArticleInput>("input");
                return await c.Service<ArticleImporter>().ImportAsync(ToArticle(input), c.CancellationToken);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportArticlePayloadGraphType>>>>("importArticles")
            .Description($"Imports up to {MaxBatch} articles, each in its own transaction; one result per input, in order.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<ImportArticleInputGraphType>>>>("inputs")
            .ResolveAsync(async c =>
            {
                var inputs = c.GetArgument<List<ImportArticleInput>>("inputs");
                if (inputs.Count > MaxBatch)
                    throw new InvalidQueryException("BATCH_TOO_LARGE", $"At most {MaxBatch} articles per call; got {inputs.Count}.");
                var importer = c.Service<ArticleImporter>();
                var outcomes = new List<ImportOutcome>(inputs.Count);
                foreach (var input in inputs)
                    outcomes.Add(await importer.ImportAsync(ToArticle(input), c.CancellationToken));
                return outcomes;
            });
    }

    internal static ArticleInput ToArticle(ImportArticleInput input) =>
        new(input.Text, input.Title, input.Url, input.Outlet, input.PublishedAt);
}
