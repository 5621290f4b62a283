using GeoGraph.Core.Model;
using GraphQL;

namespace GeoGraph.Api.GraphQL;

/// <summary>Fetches whatever an id names (entity, claim or article) through the request's loaders.</summary>
internal static class NodeLookup
{
    public static object? Load(IResolveFieldContext context, string id)
    {
        if (!NodeId.TryParse(id, out var node))
            return null;
        var loaders = context.Loaders();
        return node.Kind switch
        {
            NodeKind.Entity => loaders.Entities.Load(node.Entity!.Value),
            NodeKind.Claim => loaders.Claims.Load(node.Claim!.Value),
            NodeKind.Article => loaders.Articles.Load(node.Article!.Value),
            _ => null,
        };
    }
}
