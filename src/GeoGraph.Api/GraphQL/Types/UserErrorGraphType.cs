using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

public sealed class UserErrorGraphType : ObjectGraphType<UserError>
{
    public UserErrorGraphType()
    {
        Name = "UserError";
        Description = "An expected failure the caller can act on.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("Stable machine-readable code: EMPTY_ARTICLE, NOT_FOUND, ALIAS_TAKEN…").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("message").Resolve(c => c.Source.Message);
    }
}
