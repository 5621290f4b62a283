using GeoGraph.Core.Storage;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

/// <summary>A Relay connection over a page: edges with cursors, the nodes alone, page info and the total count.</summary>
public abstract class ConnectionGraphType<TNodeGraphType, TEdgeGraphType, TNode> : ObjectGraphType<Page<TNode>>
    where TNodeGraphType : IGraphType
    where TEdgeGraphType : IGraphType
{
    protected ConnectionGraphType(string nodeName)
    {
        Name = nodeName + "Connection";
        Description = $"A page of {nodeName} items.";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many items the whole list holds.").Resolve(c => c.Source.TotalCount);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Resolve(c => PageInfoGraphType.Info.Of(c.Source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdgeGraphType>>>>("edges")
            .Resolve(c => c.Source.Items.Select((node, i) => new Edge<TNode>(c.Source.CursorAt(i), node)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeGraphType>>>>("nodes")
            .Description("The items alone, for clients that need no cursors.")
            .Resolve(c => c.Source.Items);
    }
}

/// <summary>One edge of a Relay connection.</summary>
public abstract class EdgeGraphType<TNodeGraphType, TNode> : ObjectGraphType<Edge<TNode>>
    where TNodeGraphType : IGraphType
{
    protected EdgeGraphType(string nodeName)
    {
        Name = nodeName + "Edge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeGraphType>>("node").Resolve(c => c.Source.Node);
    }
}
