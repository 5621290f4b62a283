using System.Globalization;

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

        Wrk.Result graphql, baseline, largeNetwork;
        ConstantRate.Result halfPeak, baselineHalfPeak;
        (double P50, double P99) serverHalfPeak, serverBaselineHalfPeak;
        await using (var server = await BenchmarkServer.StartAsync(large))
        {
            var graphqlUrl = new Uri(server.Address, "/graphql");
            await Wrk.RunAsync(graphqlUrl, EntityBody, options.Connections, 3);
            baseline = await Wrk.RunAsync(new Uri(server.Address, $"{BenchmarkServer.BaselinePath}/{Centre}"), null, options.Connections, options.Seconds);
            graphql = await Wrk.RunAsync(graphqlUrl, EntityBody, options.Connections, options.Seconds);
            using var timings = new ServerTimings();
            timings.Record("/graphql");
            halfPeak = await ConstantRate.RunAsync(graphqlUrl, EntityBody, (int)(graphql.RequestsPerSecond / 2), options.Seconds, options.Connections);
            serverHalfPeak = timings.Stop();
            timings.Record(BenchmarkServer.BaselinePath + "/{id}");
            baselineHalfPeak = await ConstantRate.RunAsync(new Uri(server.Address, $"{BenchmarkServer.BaselinePath}/{Centre}"), "-", (int)(baseline.RequestsPerSecond / 2), options.Seconds, options.Connections);
            serverBaselineHalfPeak = timings.Stop();
            largeNetwork = await Wrk.RunAsync(graphqlUrl, NetworkBody, 8, options.Seconds);
        }
        Wrk.Result smallNetwork;
        await using (var server = await BenchmarkServer.StartAsync(small))
        {
            var graphqlUrl = new Uri(server.Address, "/graphql");
            await Wrk.RunAsync(graphqlUrl, NetworkBody, 8, 3);
            smallNetwork = await Wrk.RunAsync(graphqlUrl, NetworkBody, 8, options.Seconds);
        }

        var lookupRatio = graphql.RequestsPerSecond / baseline.RequestsPerSecond;
        var networkRatio = largeNetwork.P99Milliseconds / smallNetwork.P99Milliseconds;
        var tailRatio = halfPeak.P99Milliseconds / Math.Max(halfPeak.P50Milliseconds, 0.001);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"""

            | measurement | value | baseline | ratio | goal |
            | --- | --- | --- | --- | --- |
            | entity lookup, {options.Connections} clients (req/s) | GraphQL {graphql.RequestsPerSecond:0} | minimal API {baseline.RequestsPerSecond:0} | {lookupRatio:P0} | ≥ 40 % |
            | 2-hop network p99 (ms) | {options.LargeClaims:N0} claims {largeNetwork.P99Milliseconds:0.0} | {options.SmallClaims:N0} claims {smallNetwork.P99Milliseconds:0.0} | {networkRatio:0.00}× | ≤ 3× |
            | entity lookup at half peak ({halfPeak.RequestsPerSecond:0} req/s) | p99 {halfPeak.P99Milliseconds:0.00} ms | p50 {halfPeak.P50Milliseconds:0.00} ms | {tailRatio:0.00}× | ≤ 2× |
            | same, as the server timed it (ASP.NET Core request duration) | p99 {serverHalfPeak.P99:0.00} ms | p50 {serverHalfPeak.P50:0.00} ms | {serverHalfPeak.P99 / Math.Max(serverHalfPeak.P50, 0.001):0.00}× | ≤ 2× |
            | (reference) minimal API at half its peak ({baselineHalfPeak.RequestsPerSecond:0} req/s) | p99 {baselineHalfPeak.P99Milliseconds:0.00} ms | p50 {baselineHalfPeak.P50Milliseconds:0.00} ms | {baselineHalfPeak.P99Milliseconds / Math.Max(baselineHalfPeak.P50Milliseconds, 0.001):0.00}× | |
            | (reference) same, as the server timed it | p99 {serverBaselineHalfPeak.P99:0.00} ms | p50 {serverBaselineHalfPeak.P50:0.00} ms | {serverBaselineHalfPeak.P99 / Math.Max(serverBaselineHalfPeak.P50, 0.001):0.00}× | |

            errors: GraphQL {graphql.Errors}, baseline {baseline.Errors}, networks {largeNetwork.Errors}/{smallNetwork.Errors}, half-peak {halfPeak.Failures}
            """));
        return lookupRatio >= 0.4 && networkRatio <= 3 && tailRatio <= 2 ? 0 : 1;
    }
}
