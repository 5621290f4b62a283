using GeoGraph.Api.GraphQL.Types;
using GeoGraph.Core.Storage;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Curation;

public sealed class RetractClaimPayloadGraphType : ObjectGraphType<RetractionResult>
{
    public RetractClaimPayloadGraphType()
    {
        Name = "RetractClaimPayload";
        Field<NonNullGraphType<BooleanGraphType>>("retracted").Description("False when the claim was already retracted.").Resolve(c => c.Source.Retracted);
        Field<NonNullGraphType<IntGraphType>>("relationsRecomputed").Resolve(c => c.Source.RelationsRecomputed);
        Field<IdGraphType>("auditId").Resolve(c => c.Source.AuditId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorGraphType>>>>("errors").Resolve(c => UserError.From(c.Source.Error));
    }
}
