using GeoGraph.Core.Model;
using GeoGraph.Api.GraphQL.Arguments;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

/// <summary>The fields of the Entity interface, declared once for the interface and each of its types.</summary>
internal static class EntityFields
{
    /// <summary>The interface's fields, which have no resolvers of their own.</summary>
    public static void DeclareOn(EntityInterface type)
    {
        type.Field<NonNullGraphType<IdGraphType>>("id").Description(IdDescription);
        type.Field<NonNullGraphType<StringGraphType>>("name").Description(NameDescription);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases").Description(AliasesDescription);
        type.Field<NonNullGraphType<EntityKindGraphType>>("kind");
        ConnectionOnInterface<ClaimConnectionGraphType>(type, "claimsBy").Argument<ClaimFilterGraphType>("filter").Argument<ClaimSortGraphType>("sort");
        ConnectionOnInterface<ClaimConnectionGraphType>(type, "claimsAbout").Argument<ClaimFilterGraphType>("filter").Argument<ClaimSortGraphType>("sort");
        ConnectionOnInterface<ClaimConnectionGraphType>(type, "mentions").Argument<ClaimFilterGraphType>("filter").Argument<ClaimSortGraphType>("sort");
        ConnectionOnInterface<RelationConnectionGraphType>(type, "relations")
            .Argument<RelationDirectionGraphType>("direction").Argument<RelationWhereGraphType>("where").Argument<RelationSortGraphType>("sort");
    }

    private static global::GraphQL.Builders.FieldBuilder<Entity, object> ConnectionOnInterface<TConnection>(EntityInterface type, string name)
        where TConnection : IGraphType =>
        type.Field<NonNullGraphType<TConnection>>(name).WithPaging();

    /// <summary>The same fields on an implementing type, resolved from the entity record.</summary>
    public static void AddTo<TEntity>(ObjectGraphType<TEntity> type) where TEntity : Entity
    {
        type.Field<NonNullGraphType<IdGraphType>>("id").Description(IdDescription).Resolve(c => c.Source.Id.Value);
        type.Field<NonNullGraphType<StringGraphType>>("name").Description(NameDescription).Resolve(c => c.Source.Name);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases").Description(AliasesDescription).Resolve(c => c.Source.Aliases);
        type.Field<NonNullGraphType<EntityKindGraphType>>("kind").Resolve(c => c.Source.Kind);
    }

    private const string IdDescription = "Stable id: kind and a slug of the canonical name.";
    private const string NameDescription = "The canonical name.";
    private const string AliasesDescription = "Other names it goes by.";
}
