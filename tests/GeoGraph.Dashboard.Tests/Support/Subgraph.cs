namespace GeoGraph.Dashboard.Tests.Support;

/// <summary>A view's entities and relations as the GraphQL answer gives them.</summary>
public sealed record Subgraph(IReadOnlyList<string> Nodes, IReadOnlyList<SubgraphEdge> Edges)
{
    /// <summary>The nodes and edges left when only edges matching <paramref name="keep"/> stay, as the page filters:
    /// a node stays when it is the centre or touches a kept edge.</summary>
    public (int Nodes, int Edges) CountsWhere(Func<SubgraphEdge, bool> keep, string centre)
    {
        var edges = Edges.Where(keep).ToList();
        var nodes = edges.SelectMany(e => new[] { e.From, e.To }).Append(centre).Distinct().Count();
        return (nodes, edges.Count);
    }
}
