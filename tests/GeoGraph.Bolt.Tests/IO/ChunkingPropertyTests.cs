using CsCheck;
using GeoGraph.Bolt.IO;
using GeoGraph.Bolt.Tests.Support;

namespace GeoGraph.Bolt.Tests.IO;

public sealed class ChunkingPropertyTests
{
    [Fact]
    public async Task SplittingAMessageIntoChunksAtAnyBoundariesChangesNothing()
    {
        var gen = Gen.Select(BoltValueGen.Value, Gen.Int[1, 70].Array[1, 6], Gen.Int[1, 50].Array[1, 6]);

        await gen.SampleAsync(async (value, chunkSizes, readSizes) =>
        {
            var payload = PackStreamCodec.Encode(value);
            var wire = Chunks.Frame(payload, chunkSizes);

            var message = await Chunks.ReadOneAsync(new TrickleStream(wire, readSizes), CancellationToken.None);

            BoltValueEquality.AssertEqual(value, PackStreamCodec.Decode(message));
        }, iter: 500);
    }

    [Fact]
    public async Task TakingAWhollyBufferedMessageGivesTheSamePayloadAsReadingIt()
    {
        var gen = Gen.Select(BoltValueGen.Value, Gen.Int[1, 70].Array[1, 6], Gen.Int[0, 3]);

        await gen.SampleAsync(async (value, chunkSizes, noops) =>
        {
            var payload = PackStreamCodec.Encode(value);
            var wire = new byte[noops * 2].Concat(Chunks.Frame(payload, chunkSizes)).ToArray();
            using var input = new BoltReadBuffer(new MemoryStream(wire), TimeSpan.FromSeconds(5), size: wire.Length);
            using var message = new PooledBufferWriter();
            using var truncated = new BoltReadBuffer(new MemoryStream(wire[..^1]), TimeSpan.FromSeconds(5), size: wire.Length);
            await input.EnsureAsync(wire.Length, CancellationToken.None);
            await truncated.EnsureAsync(wire.Length - 1, CancellationToken.None);

            var incomplete = Chunker.TryReadBufferedMessage(truncated, message, int.MaxValue, out _);
            var taken = Chunker.TryReadBufferedMessage(input, message, int.MaxValue, out var read);

            Assert.False(incomplete);
            Assert.Equal(wire.Length - 1, truncated.Available);
            Assert.True(taken && input.Available == 0);
            Assert.Equal(Hex.Format(payload), Hex.Format(read.Span));
        }, iter: 300);
    }
}
