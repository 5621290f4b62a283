using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

/// <summary>Anything that can be fetched again by its id alone: <c>node(id)</c>.</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "Anything that can be fetched again by its id alone, with node(id).";
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}
