using System.Diagnostics;
using GeoGraph.Core.Extraction;

namespace GeoGraph.Benchmarks.Extraction;

/// <summary>Loads the gazetteer once and measures the time and the managed memory it keeps.</summary>
internal static class GazetteerLoad
{
    public static (Gazetteer Gazetteer, TimeSpan Elapsed, long RetainedBytes) Measure()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        var gazetteer = Gazetteer.Load(BenchmarkFiles.Gazetteer);
        watch.Stop();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(gazetteer);
        return (gazetteer, watch.Elapsed, after - before);
    }
}
