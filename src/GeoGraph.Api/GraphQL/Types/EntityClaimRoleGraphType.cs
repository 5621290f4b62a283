using GeoGraph.Core.Storage;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

/// <summary>How an entity takes part in a claim.</summary>
public sealed class EntityClaimRoleGraphType : EnumerationGraphType<EntityClaimRole>
{
    public EntityClaimRoleGraphType()
    {
        Name = "EntityClaimRole";
        Description = "How an entity takes part in a claim.";
    }
}
