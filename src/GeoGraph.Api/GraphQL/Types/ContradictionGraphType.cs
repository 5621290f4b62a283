using GeoGraph.Core.Storage;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

public sealed class ContradictionGraphType : ObjectGraphType<Contradiction>
{
    public ContradictionGraphType()
    {
        Name = "Contradiction";
        Description = "Two claims that cannot both be right: one asserts a relation, the other denies it or asserts its opposite.";
        Field<NonNullGraphType<ContradictionKindGraphType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<ClaimGraphType>>("asserting").Resolve(c => c.Source.Asserting);
        Field<NonNullGraphType<RelationAssertionGraphType>>("asserted").Resolve(c => c.Source.Asserted);
        Field<NonNullGraphType<ClaimGraphType>>("opposing").Resolve(c => c.Source.Opposing);
        Field<NonNullGraphType<RelationAssertionGraphType>>("opposed").Description("The relation the opposing claim denies or asserts instead.").Resolve(c => c.Source.Opposed);
    }
}
