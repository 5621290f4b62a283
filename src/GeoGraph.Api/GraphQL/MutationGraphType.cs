using GeoGraph.Api.GraphQL.Arguments;
using GeoGraph.Api.GraphQL.Curation;
using GeoGraph.Api.Security;
using GeoGraph.Core.Model;
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

        Field<NonNullGraphType<MergeEntitiesPayloadGraphType>>("mergeEntities")
            .Description("Folds one entity into another of the same kind: claims, relations, aliases and affiliations move; the merged one is deleted. Audited; needs the admin role.")
            .Argument<NonNullGraphType<IdGraphType>>("keep")
            .Argument<NonNullGraphType<IdGraphType>>("merge")
            .Argument<StringGraphType>("reason")
            .WithMetadata(AccessRule.RequiredRoleKey, Role.Admin)
            .ResolveAsync(async c => await c.Store().MergeEntitiesAsync(
                new EntityId(c.GetArgument<string>("keep")), new EntityId(c.GetArgument<string>("merge")), Actor(c), c.GetArgument<string?>("reason"), c.CancellationToken));

        Field<NonNullGraphType<AddAliasPayloadGraphType>>("addAlias")
            .Description("Adds a name an entity goes by. Refused when the name already names another entity. Audited; needs the admin role.")
            .Argument<NonNullGraphType<IdGraphType>>("entity")
            .Argument<NonNullGraphType<StringGraphType>>("alias")
            .Argument<StringGraphType>("reason")
            .WithMetadata(AccessRule.RequiredRoleKey, Role.Admin)
            .ResolveAsync(async c =>
            {
                var entity = new EntityId(c.GetArgument<string>("entity"));
                var result = await c.Store().AddAliasAsync(entity, c.GetArgument<string>("alias"), Actor(c), c.GetArgument<string?>("reason"), c.CancellationToken);
                return new AddAliasOutcome(entity, result);
            });

        Field<NonNullGraphType<RetractClaimPayloadGraphType>>("retractClaim")
            .Description("Hides a claim from every query and from relation counts; it stays stored for the audit. Needs the admin role.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .WithMetadata(AccessRule.RequiredRoleKey, Role.Admin)
            .ResolveAsync(async c => await c.Store().RetractClaimAsync(
                new ClaimId(c.GetArgument<string>("id")), c.GetArgument<string>("reason"), Actor(c), c.CancellationToken));
    }

    private static string Actor(IResolveFieldContext context) => (context.UserContext as CallerContext)?.Caller ?? "unknown";

    internal static ArticleInput ToArticle(ImportArticleInput input) =>
        new(input.Text, input.Title, input.Url, input.Outlet, input.PublishedAt);
}
