using GeoGraph.Core.Model;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

/// <summary>ORGANISATION, GROUP, OFFICIAL, COUNTRY, PROVINCE.</summary>
public sealed class EntityKindGraphType : EnumerationGraphType<EntityKind>
{
    public EntityKindGraphType() => Name = "EntityKind";
}
