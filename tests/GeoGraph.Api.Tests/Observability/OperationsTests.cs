using System.Net;
using GeoGraph.Api.Tests.Support;

namespace GeoGraph.Api.Tests.Observability;

public sealed class OperationsTests(SeededServerFixture fixture) : IClassFixture<SeededServerFixture>
{
    private HttpClient Http => fixture.Server.Http;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReadyAnswersWhenTheStoreAnswers()
    {
        using var response = await Http.GetAsync("/ready", Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ReadyFailsWhenTheStoreFileIsGoneAndHealthzStillAnswers()
    {
        await using var server = await GeoGraphServer.StartAsync(seed: false);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(server.Folder))
            File.Delete(file);
        Directory.Delete(server.Folder, recursive: true);
        await File.WriteAllTextAsync(server.Folder, "a file where the database folder was", Token);

        using var ready = await server.Http.GetAsync("/ready", Token);
        using var live = await server.Http.GetAsync("/healthz", Token);

        File.Delete(server.Folder);
        Directory.CreateDirectory(server.Folder);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task ACorrelationIdIsEchoedOrMinted()
    {
        using var given = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        given.Headers.Add("X-Correlation-Id", "import-batch-42");

        using var echoed = await Http.SendAsync(given, Token);
        using var minted = await Http.GetAsync("/healthz", Token);

        Assert.Equal("import-batch-42", echoed.Headers.GetValues("X-Correlation-Id").Single());
        Assert.Matches("^[0-9a-f]{32}$", minted.Headers.GetValues("X-Correlation-Id").Single());
    }

    [Fact]
    public async Task AnUnsafeCorrelationIdIsReplaced()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        request.Headers.TryAddWithoutValidation("X-Correlation-Id", "bad id\twith spaces");

        using var response = await Http.SendAsync(request, Token);

        Assert.NotEqual("bad id\twith spaces", response.Headers.GetValues("X-Correlation-Id").Single());
    }
}
