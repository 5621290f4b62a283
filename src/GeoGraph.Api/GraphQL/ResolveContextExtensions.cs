using GeoGraph.Api.GraphQL.Loading;
using GeoGraph.Core.Storage;
using GraphQL;

namespace GeoGraph.Api.GraphQL;

/// <summary>Reaches the request's services from a resolver.</summary>
internal static class ResolveContextExtensions
{
    public static IGraphStore Store(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IGraphStore>();

    public static RequestLoaders Loaders(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<RequestLoaders>();

    public static T Service<T>(this IResolveFieldContext context) where T : notnull =>
        context.RequestServices!.GetRequiredService<T>();
}
