using GeoGraph.Api.GraphQL.Types;
using GeoGraph.Core.Storage;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Curation;

public sealed class AddAliasPayloadGraphType : ObjectGraphType<AddAliasOutcome>
{
    public AddAliasPayloadGraphType()
    {
        Name = "AddAliasPayload";
        Field<EntityInterface>("entity").Resolve(c => c.Source.Result.Succeeded ? c.Loaders().Entities.Load(c.Source.Entity) : null);
        Field<NonNullGraphType<BooleanGraphType>>("added").Description("False when the entity already had this name.").Resolve(c => c.Source.Result.Added);
        Field<IdGraphType>("auditId").Resolve(c => c.Source.Result.AuditId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorGraphType>>>>("errors").Resolve(c => UserError.From(c.Source.Result.Error));
    }
}
