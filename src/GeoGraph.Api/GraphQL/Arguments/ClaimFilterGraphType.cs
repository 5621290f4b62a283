using GeoGraph.Api.GraphQL.Types;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Arguments;

public sealed class ClaimFilterGraphType : InputObjectGraphType<ClaimFilter>
{
    public ClaimFilterGraphType()
    {
        Name = "ClaimFilter";
        Description = "Which claims to list; every field given must match.";
        Field(f => f.Speaker, nullable: true).Description("The speaker's name or alias; an organisation also matches its officials and unnamed spokespeople.");
        Field(f => f.About, nullable: true).Description("An entity the claim is about (name or alias).");
        Field(f => f.Place, nullable: true).Description("A place the claim mentions; a country also matches its provinces.");
        Field<IdGraphType>("articleId");
        Field<ClaimFormGraphType>("form");
        Field(f => f.Hedged, nullable: true);
        Field(f => f.Text, nullable: true).Description("Words that must all appear in the claim's text.");
    }
}
