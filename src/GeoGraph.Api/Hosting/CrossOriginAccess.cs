using GeoGraph.Api.Observability;
using GeoGraph.Api.Security;

namespace GeoGraph.Api.Hosting;

/// <summary>
/// Lets a dashboard served from another origin call /graphql from the browser. Only the origins listed in
/// <c>Cors:AllowedOrigins</c> get CORS headers ("*" for any); with none listed the service stays same-origin.
/// Keys and tokens travel in headers, never cookies, so credentials are not allowed.
/// </summary>
public static class CrossOriginAccess
{
    private const string OriginsKey = "Cors:AllowedOrigins";

    public static IServiceCollection AddGeoGraphCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection(OriginsKey).Get<string[]>()?.Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.Trim().TrimEnd('/')).ToArray() ?? [];
        services.AddCors(options => options.AddDefaultPolicy(policy =>
        {
            if (origins.Contains("*"))
                policy.AllowAnyOrigin();
            else
                policy.WithOrigins(origins);
            policy.WithMethods(HttpMethods.Get, HttpMethods.Post)
                .WithHeaders("Content-Type", "Accept", "Authorization", ApiKeyAuthenticationHandler.HeaderName, CorrelationMiddleware.HeaderName)
                .WithExposedHeaders(CorrelationMiddleware.HeaderName)
                .SetPreflightMaxAge(TimeSpan.FromMinutes(10));
        }));
        return services;
    }
}
