using GeoGraph.Api.Hosting;
using GeoGraph.Core.Importing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GeoGraph.Dashboard.Tests.Support;

/// <summary>
/// The real service on a loopback port over a real SQLite file in a temporary folder, seeded, with a
/// generated corpus imported through the same importer the importArticle mutation uses.
/// </summary>
public sealed class GeoGraphServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GeoGraphServer(WebApplication app, string folder, Uri address)
    {
        _app = app;
        Folder = folder;
        Address = address;
        Client = new GraphQLClient(new HttpClient { BaseAddress = address });
    }

    public string Folder { get; }

    public Uri Address { get; }

    public GraphQLClient Client { get; }

    public static async Task<GeoGraphServer> StartAsync(int generatedArticles, IReadOnlyDictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("geograph-dashboard-").FullName;
        var configuration = new Dictionary<string, string?>(settings)
        {
            ["Storage:Sqlite:Path"] = Path.Combine(folder, "graph.db"),
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        var app = WebApp.Create(["--urls", "http://127.0.0.1:0"], builder => builder.Configuration.AddInMemoryCollection(configuration));
        await app.Services.PrepareStoreAsync(seed: true, cancellationToken);
        using (var scope = app.Services.CreateScope())
        {
            var importer = scope.ServiceProvider.GetRequiredService<ArticleImporter>();
            foreach (var article in GeneratedCorpus.Articles(generatedArticles))
            {
                var outcome = await importer.ImportAsync(article, cancellationToken);
                if (outcome.Error is { } error)
                    throw new InvalidOperationException($"A generated article was rejected: {error.Code} {error.Message}");
            }
        }
        await app.StartAsync(cancellationToken);
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
