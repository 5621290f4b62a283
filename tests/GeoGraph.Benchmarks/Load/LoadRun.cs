using System.Globalization;
using System.Runtime;

namespace GeoGraph.Benchmarks.Load;

/// <summary>
/// The loopback load run of the API issue: every figure is a ratio against a baseline measured in the same run.
/// <list type="bullet">
/// <item>GraphQL entity lookup vs a plain minimal-API endpoint returning the same JSON (goal ≥ 40 % of its requests/s, 32 clients).</item>
/// <item>2-hop network p99 over the large corpus vs over the small one (goal ≤ 3×).</item>
/// <item>p99 vs p50 of the entity lookup at half its peak throughput (goal ≤ 2×).</item>
/// </list>
/// </summary>
internal static class LoadRun
{
    private const string Centre = "group:taliban";
    private static readonly string EntityBody = $$$"""{"query":"query($id: ID){ entity(id: $id) { id name kind aliases } }","variables":{"id":"{{{Centre}}}"}}""";
    private static readonly string NetworkBody = $$$"""{"query":"query($c: ID!){ network(centre: $c, depth: 2) { nodes { id name kind } edges { from { id } to { id } type claimCount } truncated } }","variables":{"c":"{{{Centre}}}"}}""";

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var options = LoadOptions.Parse(args);
        await output.WriteLineAsync($"Load run: {options}");
        CorePinning.PinServer(output);
        var small = await CorpusDatabase.EnsureAsync(options.SmallClaims, output);
        var large = await CorpusDatabase.EnsureAsync(options.LargeClaims, output);

        await output.WriteLineAsync($"  server GC: {(GCSettings.IsServerGC ? "server" : "workstation")}, {GCSettings.LatencyMode}, concurrent {AppContext.TryGetSwitch("System.GC.Concurrent", out var concurrent) && concurrent}");

        Wrk.Result graphql, baseline;
        HalfPeak graphqlHalf, baselineHalf;
        Wrk.Result? largeNetwork = null, smallNetwork = null;
        var probe = new RequestProbe();
        await using (var server = await BenchmarkServer.StartAsync(large, probe))
        {
            var graphqlUrl = new Uri(server.Address, "/graphql");
            var baselineUrl = new Uri(server.Address, $"{BenchmarkServer.BaselinePath}/{Centre}");
            await Wrk.RunAsync(graphqlUrl, EntityBody, options.Connections, 3);
            baseline = await Wrk.RunAsync(baselineUrl, null, options.Connections, options.Seconds);
            graphql = await Wrk.RunAsync(graphqlUrl, EntityBody, options.Connections, options.Seconds);
            graphqlHalf = await HalfPeak.RunAsync(probe, "/graphql", graphqlUrl, EntityBody, graphql.RequestsPerSecond, options);
            baselineHalf = await HalfPeak.RunAsync(probe, BenchmarkServer.BaselinePath, baselineUrl, "-", baseline.RequestsPerSecond, options);
            if (!options.TailOnly)
                largeNetwork = await Wrk.RunAsync(graphqlUrl, NetworkBody, 8, options.Seconds);
        }
        if (!options.TailOnly)
        {
            await using var server = await BenchmarkServer.StartAsync(small);
            var graphqlUrl = new Uri(server.Address, "/graphql");
            await Wrk.RunAsync(graphqlUrl, NetworkBody, 8, 3);
            smallNetwork = await Wrk.RunAsync(graphqlUrl, NetworkBody, 8, options.Seconds);
        }

        var lookupRatio = graphql.RequestsPerSecond / baseline.RequestsPerSecond;
        var networkRatio = largeNetwork is null || smallNetwork is null ? 0 : largeNetwork.P99Milliseconds / smallNetwork.P99Milliseconds;
        var networkRow = largeNetwork is null || smallNetwork is null
            ? "| 2-hop network p99 (ms) | not run (--tail-only) | | | ≤ 3× |"
            : string.Create(CultureInfo.InvariantCulture, $"| 2-hop network p99 (ms) | {options.LargeClaims:N0} claims {largeNetwork.P99Milliseconds:0.0} | {options.SmallClaims:N0} claims {smallNetwork.P99Milliseconds:0.0} | {networkRatio:0.00}× | ≤ 3× |");
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"""

            | measurement | value | baseline | ratio | goal |
            | --- | --- | --- | --- | --- |
            | entity lookup, {options.Connections} clients (req/s) | GraphQL {graphql.RequestsPerSecond:0} | minimal API {baseline.RequestsPerSecond:0} | {lookupRatio:P0} | ≥ 40 % |
            {networkRow}

            At {options.PeakShare} % of each endpoint's peak, a steady schedule (pace), each request timed from when it went out; the server's figures from its first middleware:

            | endpoint | peak req/s | steady rate | p50 (ms) | p99 (ms) | p99/p50 | server p50 | server p99 | server p99/p50 | goal |
            | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
            {Row("GraphQL entity lookup", graphql, graphqlHalf)} ≤ 2× |
            {Row("(reference) minimal API", baseline, baselineHalf)} |

            Where the server's time went at that rate (its process; the generator's is not counted):
            - GraphQL: {graphqlHalf.Spent.Describe(graphqlHalf.Server.Requests, options.Seconds)}
              slowest 1 %: {graphqlHalf.Server.SlowestPausedShare:P0} paused by a collection, {graphqlHalf.Server.SlowestWaitedShare:P0} waited for a core longer than the median request took; p99 of the requests neither: {graphqlHalf.Server.P99Undisturbed:0.00} ms. The generator: timed from when due, p50 {graphqlHalf.Client.DueP50Milliseconds:0.00}, p99 {graphqlHalf.Client.DueP99Milliseconds:0.00} ms; its process paused {graphqlHalf.Client.GcPauseMilliseconds:0} ms for collections and waited for its core {graphqlHalf.Client.WaitedMillisecondsPerSecond:0} ms/s
            - minimal API: {baselineHalf.Spent.Describe(baselineHalf.Server.Requests, options.Seconds)}
              slowest 1 %: {baselineHalf.Server.SlowestPausedShare:P0} paused by a collection, {baselineHalf.Server.SlowestWaitedShare:P0} waited for a core longer than the median request took; p99 of the requests neither: {baselineHalf.Server.P99Undisturbed:0.00} ms. The generator: timed from when due, p50 {baselineHalf.Client.DueP50Milliseconds:0.00}, p99 {baselineHalf.Client.DueP99Milliseconds:0.00} ms; its process paused {baselineHalf.Client.GcPauseMilliseconds:0} ms for collections and waited for its core {baselineHalf.Client.WaitedMillisecondsPerSecond:0} ms/s

            errors: GraphQL {graphql.Errors}, baseline {baseline.Errors}, networks {largeNetwork?.Errors}/{smallNetwork?.Errors}, steady rate {graphqlHalf.Client.Failures}/{baselineHalf.Client.Failures}
            """));
        // The tail goal is about half peak; other shares are for finding where the tail comes from.
        var tailMet = options.PeakShare != 50 || graphqlHalf.ClientRatio <= 2;
        return lookupRatio >= 0.4 && (options.TailOnly || networkRatio <= 3) && tailMet ? 0 : 1;
    }

    private static string Row(string name, Wrk.Result peak, HalfPeak half) => string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {peak.RequestsPerSecond:0} | {half.Client.RequestsPerSecond:0} | {half.Client.P50Milliseconds:0.00} | {half.Client.P99Milliseconds:0.00} | {half.ClientRatio:0.00}× | {half.Server.P50:0.00} | {half.Server.P99:0.00} | {half.ServerRatio:0.00}× |");
}
