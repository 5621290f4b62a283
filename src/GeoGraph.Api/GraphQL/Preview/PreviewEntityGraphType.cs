using GeoGraph.Api.GraphQL.Types;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Preview;

public sealed class PreviewEntityGraphType : ObjectGraphType<PreviewEntity>
{
    public PreviewEntityGraphType()
    {
        Name = "PreviewEntity";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Entity.Id.Value);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Entity.Name);
        Field<NonNullGraphType<EntityKindGraphType>>("kind").Resolve(c => c.Source.Entity.Kind);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases").Resolve(c => c.Source.Entity.Aliases);
        Field<StringGraphType>("title").Resolve(c => c.Source.Title);
        Field<StringGraphType>("role").Resolve(c => c.Source.Role);
        Field<StringGraphType>("organisation").Description("For an official, where the role is held; for an organisation, what it is part of.").Resolve(c => c.Source.Organisation);
        Field<StringGraphType>("country").Resolve(c => c.Source.Country);
    }
}
