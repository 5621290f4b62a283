using GeoGraph.Core.Storage;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

/// <summary>How entities are ordered.</summary>
public sealed class EntitySortGraphType : EnumerationGraphType<EntitySort>
{
    public EntitySortGraphType()
    {
        Name = "EntitySort";
        Description = "How entities are ordered.";
    }
}
