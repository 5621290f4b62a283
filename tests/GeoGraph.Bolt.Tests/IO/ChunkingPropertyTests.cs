using CsCheck;
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
}
