using GeoGraph.Core.Model;
using GraphQL;

namespace GeoGraph.Api.GraphQL;

/// <summary>Arguments that name an entity accept its id or any of its names.</summary>
internal static class ResolveEntityArguments
{
    /// <summary>The id of the entity the argument names; an unknown name is passed on as an id, which finds nothing.</summary>
    public static async Task<EntityId> ResolveEntityIdAsync(this IResolveFieldContext context, string argument)
    {
        var value = context.GetArgument<string>(argument);
        var entity = await context.Store().FindEntityByNameAsync(value, context.CancellationToken).ConfigureAwait(false);
        return entity?.Id ?? new EntityId(value);
    }
}
