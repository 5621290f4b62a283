using System.Diagnostics.Metrics;
using GeoGraph.Api.Observability;
using GeoGraph.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GeoGraph.Api.Tests.Observability;

/// <summary>Related fields load through batching: store calls do not grow with the number of rows.</summary>
public sealed class BatchingTests
{
    private const string ThreeLevels = """
        query($n: Int) { claims(first: $n) { edges { node {
          text speaker { name } reportedBy { name } about { name } places { name } article { title }
          relations { type from { name } to { name } claims(first: 3) { edges { node { text speaker { name } } } } } } } } }
        """;

    // One root query, then at most one batch per loader per level: claims (entities, articles, relations),
    // relations (entities, evidence), evidence claims (entities). Row-by-row loading would need hundreds.
    private const int BatchesOfTheQueryShape = 7;

    [Fact]
    public async Task StoreCallsForAThreeLevelQueryDependOnItsShapeNotOnItsRows()
    {
        await using var server = await GeoGraphServer.StartAsync(seed: true, new Dictionary<string, string?> { ["GraphQL:MaxCost"] = "1000000" });
        await ImportCorpusAsync(server);
        using var counter = new StoreCallCounter(server.Services.GetRequiredService<IMeterFactory>());

        var few = await CountCallsAsync(server, counter, 20);
        var many = await CountCallsAsync(server, counter, 50);

        Assert.True(many.Claims == 50, $"The corpus should give 50 claims; got {many.Claims}.");
        Assert.True(few.Calls <= BatchesOfTheQueryShape, $"20 claims took {few.Calls} store calls: {few.Operations}");
        Assert.True(many.Calls <= BatchesOfTheQueryShape, $"50 claims took {many.Calls} store calls: {many.Operations}");
    }

    [Fact]
    public async Task ArticlesWithTheirClaimsLoadInOneBatch()
    {
        await using var server = await GeoGraphServer.StartAsync(seed: true);
        await ImportCorpusAsync(server);
        using var counter = new StoreCallCounter(server.Services.GetRequiredService<IMeterFactory>());

        var data = await server.Client.DataAsync("{ articles(first: 15) { edges { node { title claims(first: 5) { totalCount edges { node { text } } } } } } }");

        Assert.Equal(15, data.GetProperty("articles").GetProperty("edges").GetArrayLength());
        Assert.True(counter.Calls <= 2, $"15 articles took {counter.Calls} store calls: {string.Join(", ", counter.Operations)}");
    }

    private static async Task<(int Claims, long Calls, string Operations)> CountCallsAsync(GeoGraphServer server, StoreCallCounter counter, int claims)
    {
        counter.Reset();
        var data = await server.Client.DataAsync(ThreeLevels, new { n = claims });
        return (data.GetProperty("claims").GetProperty("edges").GetArrayLength(), counter.Calls, string.Join(", ", counter.Operations));
    }

    private static async Task ImportCorpusAsync(GeoGraphServer server)
    {
        var folder = RepositoryFiles.PathOf("tests", "corpus", "articles");
        foreach (var file in Directory.GetFiles(folder, "*.txt").Order())
        {
            var text = await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);
            await server.Client.DataAsync("mutation($t: String!) { importArticle(input: { text: $t }) { created } }", new { t = text });
        }
    }

    /// <summary>Counts this server's store calls (its own meter factory), not other servers' in the same process.</summary>
    private sealed class StoreCallCounter : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _calls;

        public StoreCallCounter(IMeterFactory factory)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Name == Telemetry.StoreCalls && ReferenceEquals(instrument.Meter.Scope, factory))
                    listener.EnableMeasurementEvents(instrument);
            };
            _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            {
                Interlocked.Add(ref _calls, value);
                lock (Operations)
                    Operations.Add(tags[0].Value?.ToString() ?? "");
            });
            _listener.Start();
        }

        public List<string> Operations { get; } = [];

        public long Calls => Interlocked.Read(ref _calls);

        public void Reset()
        {
            Interlocked.Exchange(ref _calls, 0);
            lock (Operations)
                Operations.Clear();
        }

        public void Dispose() => _listener.Dispose();
    }
}
