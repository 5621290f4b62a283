using GeoGraph.Core.Storage;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

public sealed class AuditEntryGraphType : ObjectGraphType<AuditEntry>
{
    public AuditEntryGraphType()
    {
        Name = "AuditEntry";
        Description = "A curation change: who did what, when, to what, and why.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.At);
        Field<NonNullGraphType<StringGraphType>>("actor").Resolve(c => c.Source.Actor);
        Field<NonNullGraphType<CurationActionGraphType>>("action").Resolve(c => c.Source.Action);
        Field<NonNullGraphType<StringGraphType>>("target").Description("The id acted on (the kept entity, the aliased entity, the retracted claim).").Resolve(c => c.Source.Target);
        Field<StringGraphType>("subject").Description("The other id involved (the merged entity) or the alias added.").Resolve(c => c.Source.Subject);
        Field<StringGraphType>("reason").Resolve(c => c.Source.Reason);
        Field<NonNullGraphType<StringGraphType>>("details").Description("What moved, as JSON.").Resolve(c => c.Source.Details);
    }
}
