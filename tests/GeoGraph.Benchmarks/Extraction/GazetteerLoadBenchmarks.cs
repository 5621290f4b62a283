using BenchmarkDotNet.Attributes;
using GeoGraph.Core.Extraction;

namespace GeoGraph.Benchmarks.Extraction;

/// <summary>What a process pays once at start-up: loading every gazetteer file into its tries.</summary>
[MemoryDiagnoser]
public class GazetteerLoadBenchmarks
{
    [Benchmark]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "BenchmarkDotNet measures instance methods.")]
    public int Load() => Gazetteer.Load(BenchmarkFiles.Gazetteer).PhraseCount;
}
