using GeoGraph.Api.GraphQL.Arguments;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GraphQL;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

/// <summary>
/// What every entity type offers beyond its own fields: refetching by id, and the claims and relations it
/// takes part in, each loaded for a whole level at once.
/// </summary>
internal static class EntityLinks
{
    public static void AddTo<TEntity>(ObjectGraphType<TEntity> type) where TEntity : Entity
    {
        type.Interface<EntityInterface>();
        type.Interface<NodeInterface>();
        type.IsTypeOf = o => o is TEntity;
        EntityFields.AddTo(type);
        ClaimsField(type, "claimsBy", "What it said: claims by it, its officials and its unnamed spokespeople.", EntityClaimRole.SpeakerOrOfficials);
        ClaimsField(type, "claimsAbout", "Claims about it.", EntityClaimRole.About);
        ClaimsField(type, "mentions", "Claims that mention it in any role (speaker, about, place, either end of a relation).", EntityClaimRole.Mentioned);
        type.Field<NonNullGraphType<RelationConnectionGraphType>>("relations")
            .Description("Its relations, most supported first.")
            .Argument<RelationDirectionGraphType>("direction", "Which end it is at (default ANY).")
            .Argument<RelationWhereGraphType>("where")
            .Argument<RelationSortGraphType>("sort")
            .WithPaging()
            .Resolve(c =>
            {
                var filter = (c.GetArgument<RelationWhere?>("where") ?? new RelationWhere()).ToQuery(sort: c.GetArgument("sort", RelationSort.ClaimCount));
                return c.Loaders().EntityRelations(c.GetArgument("direction", RelationDirection.Any), filter, c.PageArguments()).Load(c.Source.Id);
            });
    }

    private static void ClaimsField<TEntity>(ObjectGraphType<TEntity> type, string name, string description, EntityClaimRole role)
        where TEntity : Entity =>
        type.Field<NonNullGraphType<ClaimConnectionGraphType>>(name)
            .Description(description)
            .Argument<ClaimFilterGraphType>("filter")
            .Argument<ClaimSortGraphType>("sort")
            .WithPaging()
            .Resolve(c =>
            {
                var filter = (c.GetArgument<ClaimFilter?>("filter") ?? new ClaimFilter()).ToQuery(c.GetArgument("sort", ClaimSort.Newest));
                return c.Loaders().EntityClaims(role, filter, c.PageArguments()).Load(c.Source.Id);
            });
}
