using System.Text.Json;
using GeoGraph.Api.Hosting;
using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GeoGraph.Benchmarks.Load;

/// <summary>
/// The real service on loopback over a given database, plus the baseline: a plain minimal-API endpoint
/// that returns the same JSON as the GraphQL entity lookup, from the same store.
/// </summary>
internal sealed class BenchmarkServer : IAsyncDisposable
{
    public const string BaselinePath = "/baseline/entity";

    private readonly WebApplication _app;

    private BenchmarkServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Starts the service; <paramref name="probe"/>, when given, sees every request first.</summary>
    public static async Task<BenchmarkServer> StartAsync(string database, RequestProbe? probe = null)
    {
        var app = WebApp.Create(
            ["--urls", "http://127.0.0.1:0", $"--Storage:Sqlite:Path={database}", "--Serilog:MinimumLevel:Default=Warning",
             "--Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware=Warning", "--GraphQL:EnableGraphiQL=false"],
            configure: builder =>
            {
                if (probe is not null)
                    builder.Services.AddSingleton<IStartupFilter>(probe);
            },
            mapEndpoints: app => app.MapGet(BaselinePath + "/{id}", BaselineAsync));
        await app.Services.PrepareStoreAsync(seed: false, CancellationToken.None);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BenchmarkServer(app, new Uri(address));
    }

    private static async Task BaselineAsync(string id, IGraphStore store, HttpContext context)
    {
        var found = await store.GetEntitiesAsync([new EntityId(id)], context.RequestAborted);
        var entity = found.Count == 0 ? null : new { id = found[0].Id.Value, name = found[0].Name, kind = found[0].Kind.ToString().ToUpperInvariant(), aliases = found[0].Aliases };
        context.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(context.Response.Body, new { data = new { entity } }, cancellationToken: context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
