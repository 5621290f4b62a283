namespace GeoGraph.Benchmarks.Load;

/// <summary>
/// One endpoint at a steady share of its peak rate (half, unless the run says otherwise): the latency the generator saw, the latency the server
/// timed, and what the server's process spent meanwhile (collections, CPU, waiting for its core).
/// </summary>
internal sealed record HalfPeak(ConstantRate.Result Client, RequestProbe.Summary Server, RuntimeSnapshot Spent)
{
    public static async Task<HalfPeak> RunAsync(RequestProbe probe, string pathPrefix, Uri url, string body, double peak, LoadOptions options)
    {
        RuntimeSnapshot? before = null;
        var client = await ConstantRate.RunAsync(url, body, (int)(peak * options.PeakShare / 100), options.Seconds, options.Connections, () =>
        {
            probe.Record(pathPrefix);
            before = RuntimeSnapshot.Take();
        });
        var spent = RuntimeSnapshot.Take().Since(before ?? throw new InvalidOperationException("the generator never started recording"));
        return new HalfPeak(client, probe.Stop(), spent);
    }

    public double ClientRatio => Client.P99Milliseconds / Math.Max(Client.P50Milliseconds, 0.001);

    public double ServerRatio => Server.P99 / Math.Max(Server.P50, 0.001);
}
