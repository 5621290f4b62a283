using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using GeoGraph.Bolt.IO;
using GeoGraph.Bolt.Messages;
using GeoGraph.Bolt.PackStream;

namespace GeoGraph.Benchmarks.Bolt;

/// <summary>
/// Encoding and decoding a 1,000-row result as Bolt RECORD messages, against System.Text.Json
/// serialising the same rows (baseline of each category). Divide allocations by 1,000 for per-row figures.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class BoltPackStreamBenchmarks
{
    private readonly PooledBufferWriter _packBuffer = new(256 * 1024);
    private readonly ArrayBufferWriter<byte> _jsonBuffer = new(256 * 1024);
    private byte[][] _records = [];
    private byte[] _json = [];

    [GlobalSetup]
    public void Setup()
    {
        _records = [.. ResultRows.Values.Select(row =>
        {
            using var buffer = new PooledBufferWriter();
            var writer = new PackStreamWriter(buffer, PackStreamDialect.Bolt5);
            writer.WriteStructureHeader(1, MessageSignature.Record);
            writer.WriteValue(row);
            return buffer.WrittenSpan.ToArray();
        })];
        _json = JsonSerializer.SerializeToUtf8Bytes(ResultRows.Typed);
    }

    [GlobalCleanup]
    public void Cleanup() => _packBuffer.Dispose();

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Encode")]
    public int EncodeSystemTextJson()
    {
        _jsonBuffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_jsonBuffer);
        JsonSerializer.Serialize(writer, ResultRows.Typed);
        return _jsonBuffer.WrittenCount;
    }

    [Benchmark]
    [BenchmarkCategory("Encode")]
    public int EncodePackStream()
    {
        _packBuffer.Clear();
        var writer = new PackStreamWriter(_packBuffer, PackStreamDialect.Bolt5);
        foreach (var row in ResultRows.Values)
        {
            writer.WriteStructureHeader(1, MessageSignature.Record);
            writer.WriteValue(row);
        }

        return _packBuffer.WrittenCount;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Decode")]
    public int DecodeSystemTextJson() => JsonSerializer.Deserialize<Row[]>(_json)!.Length;

    [Benchmark]
    [BenchmarkCategory("Decode")]
    public int DecodePackStream()
    {
        var reader = new PackStreamReader(ReadOnlyMemory<byte>.Empty, PackStreamDialect.Bolt5);
        var count = 0;
        foreach (var record in _records)
        {
            reader.Reset(record);
            count += ((RecordMessage)ResponseMessageReader.Read(reader)).Values.Length;
        }

        return count;
    }
}
