using GeoGraph.Bolt.Errors;
using GeoGraph.Bolt.IO;
using GeoGraph.Bolt.Tests.Support;

namespace GeoGraph.Bolt.Tests.IO;

public sealed class ChunkerTests
{
    [Fact]
    public async Task WritesASmallMessageAsOneChunkAndAnEndMarker()
    {
        Assert.Equal("0003AABBCC0000", await ChunkAsync(Hex.Parse("AA BB CC")));
    }

    [Fact]
    public async Task SplitsAMessageLongerThan65535BytesIntoFullChunks()
    {
        var hex = await ChunkAsync(new byte[65536]);

        Assert.StartsWith("FFFF", hex, StringComparison.Ordinal);
        Assert.EndsWith("0001000000", hex, StringComparison.Ordinal);
        Assert.Equal((2 + 65535 + 2 + 1 + 2) * 2, hex.Length);
    }

    [Fact]
    public async Task ReadsAMessageSplitAcrossSeveralChunks()
    {
        var wire = Hex.Parse("00 02 B1 70  00 01 A0  00 00");

        var message = await Chunks.ReadOneAsync(new MemoryStream(wire), TestContext.Current.CancellationToken);

        Assert.Equal("B170A0", Hex.Format(message));
    }

    [Fact]
    public async Task SkipsNoopsBetweenMessages()
    {
        var wire = Hex.Parse("00 00 00 00 00 02 B0 7E 00 00");

        var message = await Chunks.ReadOneAsync(new MemoryStream(wire), TestContext.Current.CancellationToken);

        Assert.Equal("B07E", Hex.Format(message));
    }

    [Fact]
    public async Task ReadsConsecutiveMessagesFromOneStream()
    {
        var wire = Hex.Parse("00 02 B0 7E 00 00  00 00  00 03 B1 70 A0 00 00");
        using var input = new BoltReadBuffer(new MemoryStream(wire), TimeSpan.FromSeconds(5));
        using var message = new PooledBufferWriter();

        await Chunker.ReadMessageAsync(input, message, int.MaxValue, TestContext.Current.CancellationToken);
        var first = Hex.Format(message.WrittenSpan);
        await Chunker.ReadMessageAsync(input, message, int.MaxValue, TestContext.Current.CancellationToken);

        Assert.Equal(("B07E", "B170A0"), (first, Hex.Format(message.WrittenSpan)));
    }

    [Fact]
    public async Task FailsWithServiceUnavailableWhenTheStreamEndsInsideAChunk()
    {
        var wire = Hex.Parse("00 10 B1 70");

        await Assert.ThrowsAsync<ServiceUnavailableException>(() => Chunks.ReadOneAsync(new MemoryStream(wire), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task FailsWithServiceUnavailableWhenTheStreamEndsBeforeTheEndMarker()
    {
        var wire = Hex.Parse("00 02 B0 7E");

        await Assert.ThrowsAsync<ServiceUnavailableException>(() => Chunks.ReadOneAsync(new MemoryStream(wire), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task RejectsMessagesLargerThanTheConfiguredMaximum()
    {
        var wire = Chunks.Frame(new byte[100], [40]);

        await Assert.ThrowsAsync<BoltProtocolException>(() => Chunks.ReadOneAsync(new MemoryStream(wire), TestContext.Current.CancellationToken, maxMessageSize: 64));
    }

    private static async Task<string> ChunkAsync(byte[] payload)
    {
        var stream = new MemoryStream();
        using var output = new BoltWriteBuffer(stream);
        Chunker.WriteMessage(payload, output);
        await output.FlushAsync(TestContext.Current.CancellationToken);
        return Hex.Format(stream.ToArray());
    }
}
