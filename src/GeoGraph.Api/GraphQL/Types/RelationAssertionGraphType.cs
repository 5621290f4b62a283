using GeoGraph.Core.Model;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

public sealed class RelationAssertionGraphType : ObjectGraphType<RelationAssertion>
{
    public RelationAssertionGraphType()
    {
        Name = "RelationAssertion";
        Description = "One relation as one claim states (or denies) it.";
        Field<NonNullGraphType<EntityInterface>>("from").Resolve(c => c.Loaders().Entities.Load(c.Source.From));
        Field<NonNullGraphType<RelationTypeGraphType>>("type").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<EntityInterface>>("to").Resolve(c => c.Loaders().Entities.Load(c.Source.To));
    }
}
