using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GraphQL;

namespace GeoGraph.Api.GraphQL;

/// <summary>Arguments that name an entity accept its id or any of its names.</summary>
internal static class ResolveEntityArguments
{
    /// <summary>Code of the error for an argument that names no entity.</summary>
    public const string NotFoundCode = "ENTITY_NOT_FOUND";

    /// <summary>
    /// The id of the entity the argument names. A value that is neither a name nor an id is an error: a mistyped
    /// name must not read as "no neighbours" or "no path".
    /// </summary>
    public static async Task<EntityId> ResolveEntityIdAsync(this IResolveFieldContext context, string argument)
    {
        var value = context.GetArgument<string>(argument);
        var store = context.Store();
        var entity = await store.FindEntityByNameAsync(value, context.CancellationToken).ConfigureAwait(false);
        if (entity is not null)
            return entity.Id;
        var byId = await store.GetEntitiesAsync([new EntityId(value)], context.CancellationToken).ConfigureAwait(false);
        return byId.Count > 0
            ? byId[0].Id
            : throw new InvalidQueryException(NotFoundCode, $"No entity has the id or name '{value}' (argument '{argument}').");
    }
}
