using System.IO.Pipes;
using GeoGraph.Bolt.Errors;
using GeoGraph.Bolt.IO;
using GeoGraph.Bolt.Tests.Support;

namespace GeoGraph.Bolt.Tests.IO;

public sealed class BoltReadBufferTests
{
    [Fact]
    public async Task ReadsBigEndianIntegersDeliveredOneByteAtATime()
    {
        using var buffer = new BoltReadBuffer(new TrickleStream(Hex.Parse("01 02 0A 0B 0C 0D"), [1]), TimeSpan.FromSeconds(5));

        await buffer.EnsureAsync(6, TestContext.Current.CancellationToken);

        Assert.Equal((0x0102, 0x0A0B0C0Du), (buffer.ReadUInt16(), buffer.ReadUInt32()));
    }

    [Fact]
    public async Task ReadsAcrossRefillsWhenTheBufferIsSmall()
    {
        var data = Enumerable.Range(0, 100).Select(i => (byte)i).ToArray();
        using var buffer = new BoltReadBuffer(new TrickleStream(data, [7]), TimeSpan.FromSeconds(5), size: 16);
        var read = new List<byte>();

        while (read.Count < data.Length)
        {
            await buffer.EnsureAsync(1, TestContext.Current.CancellationToken);
            read.AddRange(buffer.Take(5).ToArray());
        }

        Assert.Equal(data, read);
    }

    [Fact]
    public async Task GivesUpWithServiceUnavailableWhenThePeerStaysSilentPastTheReadTimeout()
    {
        using var server = new AnonymousPipeServerStream(PipeDirection.Out);
        using var client = new AnonymousPipeClientStream(PipeDirection.In, server.ClientSafePipeHandle);
        using var buffer = new BoltReadBuffer(client, TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAsync<ServiceUnavailableException>(() => buffer.EnsureAsync(1, TestContext.Current.CancellationToken).AsTask());
    }

    [Fact]
    public async Task SurfacesCallerCancellationAsCancellation()
    {
        using var server = new AnonymousPipeServerStream(PipeDirection.Out);
        using var client = new AnonymousPipeClientStream(PipeDirection.In, server.ClientSafePipeHandle);
        using var buffer = new BoltReadBuffer(client, Timeout.InfiniteTimeSpan);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => buffer.EnsureAsync(1, cancellation.Token).AsTask());
    }
}
