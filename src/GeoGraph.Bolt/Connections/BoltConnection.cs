using System.Net.Sockets;
using GeoGraph.Bolt.IO;
using GeoGraph.Bolt.PackStream;

namespace GeoGraph.Bolt.Connections;

/// <summary>
/// One Bolt connection: socket, buffers, codec and the count of requests still awaiting a summary.
/// Not thread-safe; the pool hands it to one caller at a time. Any I/O, protocol or cancellation
/// failure marks it broken so that the pool discards it.
/// </summary>
internal sealed partial class BoltConnection : IAsyncDisposable
{
    private readonly Socket _socket;
    private readonly Stream _stream;
    private readonly ConnectionSettings _settings;
    private readonly BoltReadBuffer _input;
    private readonly BoltWriteBuffer _output;
    private readonly PooledBufferWriter _outgoing = new();
    private readonly PooledBufferWriter _incoming = new();
    private readonly PackStreamWriter _writer;
    private readonly PackStreamReader _reader;
    private int _pending;
    private bool _disposed;

    private BoltConnection(Socket socket, Stream stream, ServerAddress address, ConnectionSettings settings)
    {
        _socket = socket;
        _stream = stream;
        _settings = settings;
        Address = address;
        _input = new BoltReadBuffer(stream, settings.ConnectionTimeout);
        _output = new BoltWriteBuffer(stream);
        _writer = new PackStreamWriter(_outgoing, PackStreamDialect.Bolt5);
        _reader = new PackStreamReader(ReadOnlyMemory<byte>.Empty, PackStreamDialect.Bolt5);
        CreatedAt = Environment.TickCount64;
        LastUsedAt = CreatedAt;
    }

    public ServerAddress Address { get; }

    public BoltVersion Version { get; private set; }

    public string? ServerAgent { get; private set; }

    public string? ConnectionId { get; private set; }

    /// <summary>Milliseconds (<see cref="Environment.TickCount64"/>) when the connection was opened.</summary>
    public long CreatedAt { get; }

    /// <summary>Milliseconds (<see cref="Environment.TickCount64"/>) of the last message received.</summary>
    public long LastUsedAt { get; private set; }

    /// <summary>The connection cannot be trusted any more (I/O error, protocol error, failed RESET).</summary>
    public bool IsBroken { get; private set; }

    public void MarkBroken() => IsBroken = true;

    /// <summary>Sends GOODBYE when the connection is healthy, then closes the socket.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        if (!IsBroken)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                Send(Messages.GoodbyeMessage.Instance);
                await FlushAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is Errors.BoltException or OperationCanceledException or IOException or ObjectDisposedException)
            {
                // The server may already be gone; GOODBYE is a courtesy.
            }
        }

        _disposed = true;
        await _stream.DisposeAsync().ConfigureAwait(false);
        _socket.Dispose();
        _input.Dispose();
        _output.Dispose();
        _outgoing.Dispose();
        _incoming.Dispose();
    }
}
