using GeoGraph.Api.GraphQL.Types;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Arguments;

public sealed class RelationWhereGraphType : InputObjectGraphType<RelationWhere>
{
    public RelationWhereGraphType()
    {
        Name = "RelationWhere";
        Description = "Which relations to list; with a time window, counts and dates are those of the claims inside it.";
        Field<ListGraphType<NonNullGraphType<RelationTypeGraphType>>>("types").Description("Any of these types.");
        Field(f => f.From, nullable: true).Description("The subject (name, alias or id).");
        Field(f => f.To, nullable: true).Description("The object (name, alias or id).");
        Field(f => f.MinClaims, nullable: true).Description("Asserted by at least this many claims (default 1).");
        Field<DateTimeOffsetGraphType>("since");
        Field<DateTimeOffsetGraphType>("until");
        Field(f => f.IncludeHedged, nullable: true).Description("False leaves out relations whose every claim is hedged (default true).");
        Field(f => f.HedgedOnly, nullable: true).Description("Only relations whose every claim is hedged.");
    }
}
