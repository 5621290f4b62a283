namespace GeoGraph.Api.Tests.Support;

/// <summary>One seeded server shared by the read-only tests of a class.</summary>
public sealed class SeededServerFixture : IAsyncLifetime
{
    private GeoGraphServer? _server;

    public GeoGraphServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public GraphQLClient Client => Server.Client;

    public async ValueTask InitializeAsync() => _server = await GeoGraphServer.StartAsync(seed: true);

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
            await _server.DisposeAsync();
    }
}
