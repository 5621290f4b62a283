namespace GeoGraph.Api.Tests.Support;

/// <summary>A seeded server that has also imported the regression corpus: several conflicts, many actors.</summary>
public sealed class CorpusServerFixture : IAsyncLifetime
{
    private GeoGraphServer? _server;

    public GeoGraphServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public GraphQLClient Client => Server.Client;

    public async ValueTask InitializeAsync()
    {
        _server = await GeoGraphServer.StartAsync(seed: true);
        foreach (var file in Directory.GetFiles(RepositoryFiles.PathOf("tests", "corpus", "articles"), "*.txt").Order(StringComparer.Ordinal))
        {
            var text = await File.ReadAllTextAsync(file);
            await _server.Client.DataAsync("mutation($t: String!) { importArticle(input: { text: $t }) { created } }", new { t = text });
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
            await _server.DisposeAsync();
    }
}
