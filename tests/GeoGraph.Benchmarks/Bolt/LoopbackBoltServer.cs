using System.Net;
using System.Net.Sockets;
using GeoGraph.Bolt.IO;
using GeoGraph.Bolt.PackStream;

namespace GeoGraph.Benchmarks.Bolt;

/// <summary>
/// A minimal in-process server on loopback for round-trip benchmarks. In Bolt mode it answers the
/// handshake (5.4), HELLO and LOGON, then answers every RUN+PULL pair with a canned response. In raw
/// mode it reads a fixed number of request bytes and writes the same canned response: a plain
/// socket echo of the bytes, with no protocol work.
/// </summary>
internal sealed class LoopbackBoltServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _serving;

    public LoopbackBoltServer(byte[] response, int? rawRequestLength)
    {
        _listener.Start();
        _serving = rawRequestLength is { } length ? ServeRawAsync(response, length) : ServeBoltAsync(response);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Chunks each message (PackStream structure bytes) into one buffer.</summary>
    public static async Task<byte[]> FrameAsync(IEnumerable<Action<PackStreamWriter>> messages)
    {
        var stream = new MemoryStream();
        using var output = new BoltWriteBuffer(stream);
        using var message = new PooledBufferWriter();
        foreach (var write in messages)
        {
            message.Clear();
            write(new PackStreamWriter(message, PackStreamDialect.Bolt5));
            Chunker.WriteMessage(message.WrittenSpan, output);
        }

        await output.FlushAsync(CancellationToken.None);
        return stream.ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _serving;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or IOException or ObjectDisposedException or GeoGraph.Bolt.Errors.BoltException)
        {
        }

        _stop.Dispose();
    }

    private async Task ServeBoltAsync(byte[] response)
    {
        using var socket = await _listener.AcceptSocketAsync(_stop.Token);
        socket.NoDelay = true;
        await using var stream = new NetworkStream(socket);
        using var input = new BoltReadBuffer(stream, Timeout.InfiniteTimeSpan);
        using var message = new PooledBufferWriter();
        await input.EnsureAsync(20, _stop.Token);
        input.Take(20);
        await stream.WriteAsync(new byte[] { 0, 0, 4, 5 }, _stop.Token);
        var success = await FrameAsync([w => { w.WriteStructureHeader(1, 0x70); w.WriteMapHeader(0); }]);
        for (var i = 0; i < 2; i++)
        {
            await Chunker.ReadMessageAsync(input, message, int.MaxValue, _stop.Token);
            await stream.WriteAsync(success, _stop.Token);
        }

        while (!_stop.IsCancellationRequested)
        {
            await Chunker.ReadMessageAsync(input, message, int.MaxValue, _stop.Token);
            await Chunker.ReadMessageAsync(input, message, int.MaxValue, _stop.Token);
            await stream.WriteAsync(response, _stop.Token);
        }
    }

    private async Task ServeRawAsync(byte[] response, int requestLength)
    {
        using var socket = await _listener.AcceptSocketAsync(_stop.Token);
        socket.NoDelay = true;
        await using var stream = new NetworkStream(socket);
        var request = new byte[requestLength];
        while (!_stop.IsCancellationRequested)
        {
            await stream.ReadExactlyAsync(request, _stop.Token);
            await stream.WriteAsync(response, _stop.Token);
        }
    }
}
