using GeoGraph.Api.GraphQL.Types;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Preview;

public sealed class PreviewRelationGraphType : ObjectGraphType<PreviewRelation>
{
    public PreviewRelationGraphType()
    {
        Name = "PreviewRelation";
        Field<NonNullGraphType<StringGraphType>>("from").Resolve(c => c.Source.From);
        Field<NonNullGraphType<RelationTypeGraphType>>("type").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<StringGraphType>>("to").Resolve(c => c.Source.To);
    }
}
