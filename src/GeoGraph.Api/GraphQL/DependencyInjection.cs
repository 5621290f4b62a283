using GeoGraph.Api.GraphQL.Http;
using GeoGraph.Api.GraphQL.Limits;
using GeoGraph.Api.GraphQL.Loading;
using GeoGraph.Api.Security;
using GraphQL;
using Microsoft.Extensions.Options;

namespace GeoGraph.Api.GraphQL;

/// <summary>Registers the schema, its executer and limits, the HTTP endpoint and per-request loaders.</summary>
public static class DependencyInjection
{
    public static IServiceCollection AddGeoGraphGraphQL(this IServiceCollection services)
    {
        services.AddOptions<GraphQLOptions>()
            .BindConfiguration(GraphQLOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<RequestLoaders>();
        services.AddSingleton<GraphQLResponseWriter>();
        services.AddSingleton<GraphQLHttpEndpoint>();
        services.AddSingleton<WebSockets.GraphQLWebSocketEndpoint>();
        services.AddSingleton<global::GraphQL.DI.IConfigureExecution, DocumentCache>();
        services.AddGraphQL(builder => builder
            .AddSchema<GeoGraphSchema>()
            .AddSystemTextJson()
            .AddGraphTypes(typeof(GeoGraphSchema).Assembly)
            .AddErrorInfoProvider(o => o.ExposeExceptionDetails = false)
            .AddUnhandledExceptionHandler((context, execution) =>
                ErrorMapping.HandleAsync(context, execution.RequestServices!.GetRequiredService<ILoggerFactory>().CreateLogger("GeoGraph.GraphQL")))
            .AddValidationRule<AccessRule>(useForCachedDocuments: true)
            .AddValidationRule<RequestLimitsRule>(useForCachedDocuments: true)
            .AddValidationRule<IntrospectionSwitchRule>(useForCachedDocuments: true)
            .ConfigureExecutionOptions(execution =>
            {
                var limits = execution.RequestServices!.GetRequiredService<IOptions<GraphQLOptions>>().Value;
                execution.Timeout = TimeSpan.FromSeconds(limits.ExecutionTimeoutSeconds);
            }));
        return services;
    }
}
