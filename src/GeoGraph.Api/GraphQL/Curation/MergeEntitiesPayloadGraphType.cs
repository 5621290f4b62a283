using GeoGraph.Api.GraphQL.Types;
using GeoGraph.Core.Storage;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Curation;

public sealed class MergeEntitiesPayloadGraphType : ObjectGraphType<MergeResult>
{
    public MergeEntitiesPayloadGraphType()
    {
        Name = "MergeEntitiesPayload";
        Field<EntityInterface>("kept").Resolve(c => c.Source.Summary is { } summary ? c.Loaders().Entities.Load(summary.Kept) : null);
        Field<MergeSummaryGraphType>("summary").Resolve(c => c.Source.Summary);
        Field<IdGraphType>("auditId").Resolve(c => c.Source.AuditId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorGraphType>>>>("errors").Resolve(c => UserError.From(c.Source.Error));
    }
}
