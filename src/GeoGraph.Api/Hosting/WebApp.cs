using GeoGraph.Api.GraphQL;
using GeoGraph.Api.GraphQL.Http;
using GeoGraph.Api.GraphQL.WebSockets;
using GeoGraph.Api.Observability;
using GeoGraph.Api.Security;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Serilog;
using Serilog.Events;

namespace GeoGraph.Api.Hosting;

/// <summary>The web service: GraphQL at /graphql, GraphiQL at /graphiql, health at /healthz.</summary>
public static class WebApp
{
    /// <summary>
    /// Builds the service; <paramref name="configure"/> lets tests and tools add configuration first, and
    /// <paramref name="mapEndpoints"/> lets a benchmark add its baseline endpoint beside the real ones.
    /// </summary>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null, Action<WebApplication>? mapEndpoints = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // Settings, the dashboard and GraphiQL travel with the executable, wherever it is run from.
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        configure?.Invoke(builder);
        builder.Services.AddGeoGraphLogging(toStandardError: false);
        builder.Services.AddGeoGraph(builder.Configuration);
        builder.Services.AddGeoGraphAuth(builder.Configuration);
        builder.Services.AddGeoGraphTelemetry(builder.Configuration);
        builder.Services.AddGeoGraphCors(builder.Configuration);
        builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: ["ready"]);

        var app = builder.Build();
        app.UseMiddleware<CorrelationMiddleware>();
        app.UseSerilogRequestLogging(o => o.GetLevel = RequestLogLevel);
        // Before anything that could refuse the request: a preflight is answered here, without credentials.
        app.UseCors();
        if (!app.Services.GetRequiredService<IOptions<GraphQLOptions>>().Value.EnableGraphiQL)
            app.UseWhen(c => c.Request.Path.StartsWithSegments("/graphiql"), b => b.Run(NotFoundAsync));
        app.UseDefaultFiles();
        app.UseAuthentication();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.UseStaticFiles();
        app.UseRouting();
        app.MapGeoGraphEndpoints();
        mapEndpoints?.Invoke(app);
        app.Services.WarnWhenOpen();
        return app;
    }

    /// <summary>A client that hangs up mid-request is not a server error.</summary>
    private static LogEventLevel RequestLogLevel(HttpContext context, double elapsed, Exception? error) =>
        error is OperationCanceledException && context.RequestAborted.IsCancellationRequested ? LogEventLevel.Debug
        : error is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
        : LogEventLevel.Information;

    private static Task NotFoundAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    private static void MapGeoGraphEndpoints(this WebApplication app)
    {
        app.MapMethods("/graphql", [HttpMethods.Get, HttpMethods.Post],
            (HttpContext context, GraphQLHttpEndpoint http, GraphQLWebSocketEndpoint webSocket) =>
                context.WebSockets.IsWebSocketRequest ? webSocket.HandleAsync(context) : http.HandleAsync(context));
        // Liveness asks nothing of the store; readiness asks the store to answer.
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        if (app.Services.GetRequiredService<IOptions<GraphQLOptions>>().Value.EnableGraphiQL)
            app.MapGet("/graphiql", () => Results.Redirect("/graphiql/"));
    }
}
