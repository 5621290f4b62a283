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
        Field<DateTimeOffsetGraphType>("since").Description("Reported at or after this time.");
        Field<DateTimeOffsetGraphType>("until").Description("Reported at or before this time.");
        Field<IdGraphType>("speakerId").Description("Exactly this speaker (no officials, no spokespeople).");
        Field<IdGraphType>("aboutId").Description("About exactly this entity.");
        Field(f => f.ReportedBy, nullable: true).Description("The outlet that carried the claim second-hand (name or alias).");
        Field(f => f.Negated, nullable: true);
        Field<RelationTypeGraphType>("relationType").Description("Asserting a relation of this type.");
        Field(f => f.Outlet, nullable: true).Description("Published by this outlet (the article's outlet).");
    }
}
