using GeoGraph.Api.GraphQL.Arguments;
using GeoGraph.Api.GraphQL.Preview;
using GeoGraph.Api.GraphQL.Types;
using GeoGraph.Api.Security;
using GeoGraph.Core.Importing;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GraphQL;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL;

/// <summary>What an analyst can ask.</summary>
public sealed class QueryGraphType : ObjectGraphType
{
    public QueryGraphType()
    {
        Name = "Query";

        Field<EntityInterface>("entity")
            .Description("One entity by id, or by any of its names (case- and accent-blind).")
            .Argument<IdGraphType>("id")
            .Argument<StringGraphType>("name")
            .ResolveAsync(async c =>
            {
                if (c.GetArgument<string?>("id") is { } id)
                    return await c.Loaders().Entities.Load(new EntityId(id)).GetResultAsync(c.CancellationToken);
                if (c.GetArgument<string?>("name") is { } name)
                    return await c.Store().FindEntityByNameAsync(name, c.CancellationToken);
                throw new InvalidQueryException("MISSING_ARGUMENT", "Give either id or name.");
            });

        Field<NonNullGraphType<EntityConnectionGraphType>>("entities")
            .Description("Entities by name, optionally of one kind or matching a search.")
            .Argument<EntityKindGraphType>("kind")
            .Argument<StringGraphType>("search", "Any part of a name or alias.")
            .WithPaging()
            .ResolveAsync(async c => await c.Store().QueryEntitiesAsync(
                new EntityQuery(c.GetArgument<EntityKind?>("kind"), c.GetArgument<string?>("search")), c.PageArguments(), c.CancellationToken));

        Field<ClaimGraphType>("claim")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Store().GetClaimsAsync([new ClaimId(c.GetArgument<string>("id"))], c.CancellationToken) is [var claim, ..] ? claim : null);

        Field<NonNullGraphType<ClaimConnectionGraphType>>("claims")
            .Description("Reported claims, newest first.")
            .Argument<ClaimFilterGraphType>("filter")
            .WithPaging()
            .ResolveAsync(async c => await c.Store().QueryClaimsAsync(
                (c.GetArgument<ClaimFilter?>("filter") ?? new ClaimFilter()).ToQuery(), c.PageArguments(), c.CancellationToken));

        Field<NonNullGraphType<RelationConnectionGraphType>>("relations")
            .Description("Relations, most supported first.")
            .Argument<RelationTypeGraphType>("type")
            .Argument<StringGraphType>("entity", "An entity (id, name or alias) at either end.")
            .WithPaging()
            .ResolveAsync(async c => await c.Store().QueryRelationsAsync(
                new RelationQuery(c.GetArgument<RelationType?>("type"), c.GetArgument<string?>("entity")), c.PageArguments(), c.CancellationToken));

        Field<NonNullGraphType<SubgraphGraphType>>("network")
            .Description($"The neighbourhood of an entity: everything within depth relation hops (1 to {NetworkQuery.MaxDepth}).")
            .Argument<NonNullGraphType<IdGraphType>>("centre", "The entity's id (a name or alias also works).")
            .Argument<IntGraphType>("depth", "Relation hops from the centre.", a => a.DefaultValue = 1)
            .Argument<IntGraphType>("maxNodes", "Stop growing past this many nodes.", a => a.DefaultValue = 500)
            .ResolveAsync(async c =>
            {
                var centre = c.GetArgument<string>("centre");
                var entity = await c.Store().FindEntityByNameAsync(centre, c.CancellationToken);
                var query = new NetworkQuery(entity?.Id ?? new EntityId(centre), c.GetArgument("depth", 1), c.GetArgument("maxNodes", 500));
                return await c.Store().GetNetworkAsync(query, c.CancellationToken);
            });

        Field<ArticleGraphType>("article")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => c.Loaders().Articles.Load(new ArticleId(c.GetArgument<string>("id"))));

        Field<NonNullGraphType<ArticleConnectionGraphType>>("articles")
            .Description("Imported articles, newest import first.")
            .WithPaging()
            .ResolveAsync(async c => await c.Store().QueryArticlesAsync(c.PageArguments(), c.CancellationToken));

        Field<NonNullGraphType<ExtractionPreviewGraphType>>("extractArticle")
            .Description("What importing this article would store, without storing it (needs the importer role).")
            .Argument<NonNullGraphType<ImportArticleInputGraphType>>("input")
            .WithMetadata(AccessRule.RequiredRoleKey, Role.Importer)
            .Resolve(c =>
            {
                var (graph, error) = c.Service<ArticleImporter>().Preview(MutationGraphType.ToArticle(c.GetArgument<ImportArticleInput>("input")));
                return new ExtractionPreview(graph, error);
            });

        Field<NonNullGraphType<StatsGraphType>>("stats")
            .Description("How much the graph holds.")
            .ResolveAsync(async c => await c.Store().GetStatsAsync(c.CancellationToken));
    }
}
