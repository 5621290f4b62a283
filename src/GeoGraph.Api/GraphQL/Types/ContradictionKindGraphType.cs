using GeoGraph.Core.Storage;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

/// <summary>DENIAL: a claim denies the relation another asserts; OPPOSITE: it asserts the opposite relation.</summary>
public sealed class ContradictionKindGraphType : EnumerationGraphType<ContradictionKind>
{
    public ContradictionKindGraphType()
    {
        Name = "ContradictionKind";
        Description = "DENIAL: a claim denies the relation another asserts; OPPOSITE: it asserts the opposite relation.";
    }
}
