using System.Collections.Concurrent;
using System.Diagnostics;
using GeoGraph.Api.Observability;
using GeoGraph.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace GeoGraph.Api.Tests.Observability;

public sealed class TelemetryTests
{
    [Fact]
    public async Task AnOperationIsTracedWithItsNameAndItsStoreCalls()
    {
        await using var server = await GeoGraphServer.StartAsync(seed: true);
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == Telemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);

        await server.Client.DataAsync("query BusiestGroups { entities(kind: GROUP, first: 3) { totalCount } }");

        var operation = Assert.Single(spans, s => s.OperationName == "graphql" && (string?)s.GetTagItem("graphql.operation.name") == "BusiestGroups");
        Assert.Equal("query", operation.GetTagItem("graphql.operation.type"));
        Assert.Contains(spans, s => s.OperationName == "store QueryEntitiesAsync" && s.ParentSpanId == operation.SpanId);
    }

    [Fact]
    public async Task AnOtlpEndpointInConfigurationTurnsTheExporterOn()
    {
        await using var exported = await GeoGraphServer.StartAsync(seed: false, new Dictionary<string, string?> { ["OpenTelemetry:Otlp:Endpoint"] = "http://127.0.0.1:9" });
        await using var quiet = await GeoGraphServer.StartAsync(seed: false);

        Assert.NotNull(exported.Services.GetService<TracerProvider>());
        Assert.Null(quiet.Services.GetService<TracerProvider>());
        await exported.Client.DataAsync("{ stats { articles } }");
    }
}
