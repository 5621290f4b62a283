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
            .Description("Entities, by name unless sorted otherwise. kind and search are shorthands for the same fields of where.")
            .Argument<EntityKindGraphType>("kind")
            .Argument<StringGraphType>("search", "Any part of a name or alias.")
            .Argument<EntityWhereGraphType>("where")
            .Argument<EntitySortGraphType>("sort")
            .WithPaging()
            .ResolveAsync(async c =>
            {
                var where = c.GetArgument<EntityWhere?>("where") ?? new EntityWhere();
                where.Kind ??= c.GetArgument<EntityKind?>("kind");
                where.Search ??= c.GetArgument<string?>("search");
                return await c.Store().QueryEntitiesAsync(where.ToQuery(c.GetArgument("sort", EntitySort.Name)), c.PageArguments(), c.CancellationToken);
            });

        Field<ClaimGraphType>("claim")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => c.Loaders().Claims.Load(new ClaimId(c.GetArgument<string>("id"))));

        Field<NonNullGraphType<ClaimConnectionGraphType>>("claims")
            .Description("Reported claims, newest first unless sorted otherwise.")
            .Argument<ClaimFilterGraphType>("filter")
            .Argument<ClaimSortGraphType>("sort")
            .WithPaging()
            .ResolveAsync(async c => await c.Store().QueryClaimsAsync(
                (c.GetArgument<ClaimFilter?>("filter") ?? new ClaimFilter()).ToQuery(c.GetArgument("sort", ClaimSort.Newest)), c.PageArguments(), c.CancellationToken));

        Field<NonNullGraphType<RelationConnectionGraphType>>("relations")
            .Description("Relations, most supported first unless sorted otherwise. With a time window, counts and dates are those inside it.")
            .Argument<RelationTypeGraphType>("type")
            .Argument<StringGraphType>("entity", "An entity (id, name or alias) at either end.")
            .Argument<RelationWhereGraphType>("where")
            .Argument<RelationSortGraphType>("sort")
            .WithPaging()
            .ResolveAsync(async c => await c.Store().QueryRelationsAsync(
                (c.GetArgument<RelationWhere?>("where") ?? new RelationWhere()).ToQuery(
                    c.GetArgument<RelationType?>("type"), c.GetArgument<string?>("entity"), c.GetArgument("sort", RelationSort.ClaimCount)),
                c.PageArguments(), c.CancellationToken));

        Field<NonNullGraphType<SubgraphGraphType>>("network")
            .Description($"The neighbourhood of an entity: everything within depth relation hops (1 to {NetworkQuery.MaxDepth}).")
            .Argument<NonNullGraphType<IdGraphType>>("centre", "The entity's id (a name or alias also works).")
            .Argument<IntGraphType>("depth", "Relation hops from the centre.", a => a.DefaultValue = 1)
            .WithTraversalFilters()
            .Argument<IntGraphType>("maxNodes", "Stop growing past this many nodes.", a => a.DefaultValue = 500)
            .Argument<IntGraphType>("maxEdges", "Keep at most this many relations, the best supported.", a => a.DefaultValue = 2000)
            .ResolveAsync(async c =>
            {
                var centre = await c.ResolveEntityIdAsync("centre");
                var filters = c.TraversalFilters();
                var query = new NetworkQuery(centre, c.GetArgument("depth", 1), c.GetArgument("maxNodes", 500),
                    filters.Types, filters.Since, filters.Until, filters.MinClaims, filters.IncludeHedged, c.GetArgument("maxEdges", 2000));
                return await c.Store().GetNetworkAsync(query, c.CancellationToken);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathGraphType>>>>("path")
            .Description($"The shortest chains of relations between two entities (either direction), at most {PathQuery.HopLimit} hops.")
            .Argument<NonNullGraphType<IdGraphType>>("from", "An id, name or alias.")
            .Argument<NonNullGraphType<IdGraphType>>("to", "An id, name or alias.")
            .Argument<IntGraphType>("maxHops", "At most this many relations (1 to 4).", a => a.DefaultValue = PathQuery.HopLimit)
            .Argument<IntGraphType>("maxPaths", "At most this many paths (1 to 10).", a => a.DefaultValue = PathQuery.PathLimit)
            .WithTraversalFilters()
            .ResolveAsync(async c =>
            {
                var filters = c.TraversalFilters();
                var query = new PathQuery(await c.ResolveEntityIdAsync("from"), await c.ResolveEntityIdAsync("to"),
                    c.GetArgument("maxHops", PathQuery.HopLimit), c.GetArgument("maxPaths", PathQuery.PathLimit),
                    filters.Types, filters.Since, filters.Until, filters.MinClaims, filters.IncludeHedged);
                return await c.Store().GetPathsAsync(query, c.CancellationToken);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TimelineBucketGraphType>>>>("timeline")
            .Description("How often an entity is mentioned, and in which relations, period by period (only periods with claims).")
            .Argument<NonNullGraphType<IdGraphType>>("entity", "An id, name or alias.")
            .Argument<DateTimeOffsetGraphType>("since")
            .Argument<DateTimeOffsetGraphType>("until")
            .Argument<TimeBucketGraphType>("bucket", "DAY, WEEK (from Monday) or MONTH.", a => a.DefaultValue = TimeBucket.Week)
            .ResolveAsync(async c => await c.Store().GetTimelineAsync(
                new TimelineQuery(await c.ResolveEntityIdAsync("entity"), c.GetArgument<DateTimeOffset?>("since"), c.GetArgument<DateTimeOffset?>("until"), c.GetArgument("bucket", TimeBucket.Week)),
                c.CancellationToken));

        Field<NonNullGraphType<SearchHitConnectionGraphType>>("search")
            .Description("Ranked hits over entity names and aliases and claim text; exact names first.")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Argument<ListGraphType<NonNullGraphType<SearchHitKindGraphType>>>("kinds", "Only these kinds of hit.")
            .WithPaging()
            .ResolveAsync(async c => await c.Store().SearchAsync(
                new SearchQuery(c.GetArgument<string>("text"), c.GetArgument<List<SearchHitKind>?>("kinds")), c.PageArguments(), c.CancellationToken));

        Field<NonNullGraphType<ContradictionConnectionGraphType>>("contradictions")
            .Description("Pairs of claims that cannot both be right: a relation asserted and denied, or asserted with its opposite (IN_CONTACT_WITH vs CUT_TIES_WITH…), newest first.")
            .Argument<IdGraphType>("entity", "Only relations with this entity (id, name or alias) at either end.")
            .WithPaging()
            .ResolveAsync(async c =>
            {
                EntityId? entity = c.GetArgument<string?>("entity") is null ? null : await c.ResolveEntityIdAsync("entity");
                return await c.Store().GetContradictionsAsync(entity, c.PageArguments(), c.CancellationToken);
            });

        Field<NodeInterface>("node")
            .Description("Anything with an id (entity, claim, article), fetched again by that id.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => NodeLookup.Load(c, c.GetArgument<string>("id")));

        Field<ArticleGraphType>("article")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => c.Loaders().Articles.Load(new ArticleId(c.GetArgument<string>("id"))));

        Field<NonNullGraphType<ArticleConnectionGraphType>>("articles")
            .Description("Imported articles, newest import first unless sorted otherwise.")
            .Argument<ArticleWhereGraphType>("where")
            .Argument<ArticleSortGraphType>("sort")
            .WithPaging()
            .ResolveAsync(async c => await c.Store().QueryArticlesAsync(
                (c.GetArgument<ArticleWhere?>("where") ?? new ArticleWhere()).ToQuery(c.GetArgument("sort", ArticleSort.Imported)), c.PageArguments(), c.CancellationToken));

        Field<NonNullGraphType<AuditEntryConnectionGraphType>>("auditLog")
            .Description("Curation changes, newest first (needs the admin role).")
            .Argument<IdGraphType>("id", "Only entries that touch this id.")
            .Argument<CurationActionGraphType>("action")
            .WithMetadata(AccessRule.RequiredRoleKey, Role.Admin)
            .WithPaging()
            .ResolveAsync(async c => await c.Store().QueryAuditLogAsync(
                new AuditQuery(c.GetArgument<string?>("id"), c.GetArgument<CurationAction?>("action")), c.PageArguments(), c.CancellationToken));

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
