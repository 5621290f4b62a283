using GeoGraph.Core.Storage;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

public sealed class SubgraphGraphType : ObjectGraphType<Subgraph>
{
    public SubgraphGraphType()
    {
        Name = "Subgraph";
        Description = "A neighbourhood ready to draw: its entities and the relations between them.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("nodes").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("edges").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<BooleanGraphType>>("truncated").Description("True when the node bound cut the neighbourhood short.").Resolve(c => c.Source.Truncated);
    }
}
