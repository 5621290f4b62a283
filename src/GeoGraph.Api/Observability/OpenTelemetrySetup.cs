using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace GeoGraph.Api.Observability;

/// <summary>
/// Traces and metrics for ASP.NET Core, GraphQL operations and store calls; exported over OTLP when
/// <c>OpenTelemetry:Otlp:Endpoint</c> is configured (nothing leaves the process otherwise).
/// </summary>
public static class OpenTelemetrySetup
{
    public static IServiceCollection AddGeoGraphTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var endpoint = configuration["OpenTelemetry:Otlp:Endpoint"];
        // Without an exporter nobody reads the spans: recording them would only cost time on every request.
        // Store-call metrics stay available to in-process listeners either way.
        if (string.IsNullOrWhiteSpace(endpoint))
            return services;
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("geograph"))
            .WithTracing(tracing =>
            {
                tracing.AddSource(Telemetry.Name).AddAspNetCoreInstrumentation()
                    .AddOtlpExporter(o => o.Endpoint = new Uri(endpoint));
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(Telemetry.Name).AddAspNetCoreInstrumentation()
                    .AddOtlpExporter(o => o.Endpoint = new Uri(endpoint));
            });
        return services;
    }
}
