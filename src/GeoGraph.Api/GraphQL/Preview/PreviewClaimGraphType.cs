using GeoGraph.Api.GraphQL.Types;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Preview;

public sealed class PreviewClaimGraphType : ObjectGraphType<PreviewClaim>
{
    public PreviewClaimGraphType()
    {
        Name = "PreviewClaim";
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Claim.Text);
        Field<NonNullGraphType<SpanGraphType>>("span").Resolve(c => c.Source.Claim.Span);
        Field<NonNullGraphType<ClaimFormGraphType>>("form").Resolve(c => c.Source.Claim.Form);
        Field<NonNullGraphType<BooleanGraphType>>("hedged").Resolve(c => c.Source.Claim.Hedged);
        Field<NonNullGraphType<BooleanGraphType>>("negated").Resolve(c => c.Source.Claim.Negated);
        Field<StringGraphType>("speaker").Resolve(c => c.Source.Speaker);
        Field<StringGraphType>("speakerDescription").Resolve(c => c.Source.Claim.SpeakerDescription);
        Field<StringGraphType>("reportedBy").Resolve(c => c.Source.ReportedBy);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("about").Resolve(c => c.Source.About);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("places").Resolve(c => c.Source.Places);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PreviewRelationGraphType>>>>("relations").Resolve(c => c.Source.Relations);
    }
}
