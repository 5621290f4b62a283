using GeoGraph.Api.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GeoGraph.Api.Tests.Support;

/// <summary>The real service on a loopback port, over a real SQLite file in a temporary folder.</summary>
public sealed class GeoGraphServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GeoGraphServer(WebApplication app, string folder, Uri address)
    {
        _app = app;
        Folder = folder;
        Client = new GraphQLClient(new HttpClient { BaseAddress = address });
    }

    public string Folder { get; }

    public GraphQLClient Client { get; }

    public HttpClient Http => Client.Http;

    public IServiceProvider Services => _app.Services;

    public static async Task<GeoGraphServer> StartAsync(bool seed = true, IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var folder = Directory.CreateTempSubdirectory("geograph-api-").FullName;
        var configuration = new Dictionary<string, string?>
        {
            ["Storage:Sqlite:Path"] = Path.Combine(folder, "graph.db"),
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            configuration[key] = value;

        var app = WebApp.Create(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(configuration);
            services?.Invoke(builder.Services);
        });
        await app.Services.PrepareStoreAsync(seed, CancellationToken.None);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new GeoGraphServer(app, folder, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
