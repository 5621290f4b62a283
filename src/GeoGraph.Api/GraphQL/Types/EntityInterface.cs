using GeoGraph.Core.Model;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

/// <summary>Anything named in the graph: organisation, group, official, country or province.</summary>
public sealed class EntityInterface : InterfaceGraphType<Entity>
{
    public EntityInterface()
    {
        Name = "Entity";
        Description = "Anything named in the graph: organisation, group, official, country or province.";
        EntityFields.DeclareOn(this);
    }
}
