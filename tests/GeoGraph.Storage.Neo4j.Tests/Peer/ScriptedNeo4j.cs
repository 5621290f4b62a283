using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace GeoGraph.Storage.Neo4j.Tests.Peer;

/// <summary>
/// A loopback stand-in for a Neo4j server speaking Bolt 5.4, for the store's transaction tests: it
/// accepts HELLO/LOGON, answers each RUN as the test's responder says, streams the rows on PULL, and,
/// like the server, ignores everything after a FAILURE until RESET. Every client message is recorded.
/// </summary>
internal sealed class ScriptedNeo4j : IAsyncDisposable
{
    private const byte Success = 0x70;
    private const byte RecordTag = 0x71;
    private const byte Ignored = 0x7E;
    private const byte FailureTag = 0x7F;

    private static readonly Dictionary<byte, string> Names = new()
    {
        [0x01] = "HELLO", [0x02] = "GOODBYE", [0x0F] = "RESET", [0x10] = "RUN", [0x11] = "BEGIN", [0x12] = "COMMIT",
        [0x13] = "ROLLBACK", [0x2F] = "DISCARD", [0x3F] = "PULL", [0x6A] = "LOGON", [0x6B] = "LOGOFF",
    };

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<PeerMessage, PeerReply> _respond;
    private readonly ConcurrentQueue<PeerMessage> _received = new();
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private PeerReply? _pending;

    public ScriptedNeo4j(Func<PeerMessage, PeerReply> respond)
    {
        _respond = respond;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public Uri Uri => new($"bolt://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");

    /// <summary>Every client message so far, in arrival order.</summary>
    public IReadOnlyList<PeerMessage> Received => [.. _received];

    /// <summary>Whatever went wrong on the peer's side (a message it could not read, an unexpected version).</summary>
    public IReadOnlyList<string> Errors => [.. _errors];

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = Task.Run(() => ServeAsync(client, _stop.Token));
        }
    }

    private async Task ServeAsync(TcpClient client, CancellationToken cancellationToken)
    {
        using (client)
        {
            var stream = client.GetStream();
            try
            {
                var handshake = new byte[20];
                await stream.ReadExactlyAsync(handshake, cancellationToken);
                if (BinaryPrimitives.ReadUInt32BigEndian(handshake) != 0x6060B017)
                {
                    _errors.Enqueue("bad handshake magic");
                    return;
                }

                await stream.WriteAsync(new byte[] { 0, 0, 4, 5 }, cancellationToken);
                var failed = false;
                while (await ReadMessageAsync(stream, cancellationToken) is { } message)
                {
                    _received.Enqueue(message);
                    failed = await AnswerAsync(stream, message, failed, cancellationToken);
                    if (message.Name == "GOODBYE")
                        return;
                }
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or EndOfStreamException)
            {
            }
            catch (Exception e)
            {
                _errors.Enqueue($"{e.GetType().Name}: {e.Message}");
            }
        }
    }

    /// <returns>Whether the connection is in the failed state after this message.</returns>
    private async Task<bool> AnswerAsync(Stream stream, PeerMessage message, bool failed, CancellationToken cancellationToken)
    {
        if (message.Name == "RESET")
        {
            await SendAsync(stream, Success, [Map()], cancellationToken);
            return false;
        }

        if (failed)
        {
            await SendAsync(stream, Ignored, [], cancellationToken);
            return true;
        }

        switch (message.Name)
        {
            case "HELLO":
                await SendAsync(stream, Success, [Map(("server", "Neo4j/5.26.0"), ("connection_id", "bolt-1"))], cancellationToken);
                return false;
            case "RUN":
                _pending = _respond(message);
                if (_pending.FailureCode is { } code)
                {
                    await SendAsync(stream, FailureTag, [Map(("code", code), ("message", "scripted failure"))], cancellationToken);
                    return true;
                }

                await SendAsync(stream, Success, [Map(("fields", _pending.Fields.ToList()), ("t_first", 0L))], cancellationToken);
                return false;
            case "PULL":
                foreach (var row in _pending?.Rows ?? [])
                    await SendAsync(stream, RecordTag, [row.ToList()], cancellationToken);
                await SendAsync(stream, Success, [Map(("type", "rw"))], cancellationToken);
                return false;
            case "COMMIT":
                await SendAsync(stream, Success, [Map(("bookmark", $"bm:{_received.Count}"))], cancellationToken);
                return false;
            case "GOODBYE":
                return false;
            default:
                await SendAsync(stream, Success, [Map()], cancellationToken);
                return false;
        }
    }

    private static async Task<PeerMessage?> ReadMessageAsync(Stream stream, CancellationToken cancellationToken)
    {
        var body = new List<byte>();
        var header = new byte[2];
        while (true)
        {
            try
            {
                await stream.ReadExactlyAsync(header, cancellationToken);
            }
            catch (EndOfStreamException)
            {
                return null;
            }

            var size = BinaryPrimitives.ReadUInt16BigEndian(header);
            if (size == 0)
            {
                if (body.Count == 0)
                    continue;
                break;
            }

            var chunk = new byte[size];
            await stream.ReadExactlyAsync(chunk, cancellationToken);
            body.AddRange(chunk);
        }

        var at = 0;
        var structure = (PackedStruct)PackStreamCodec.Read(body.ToArray(), ref at)!;
        return new PeerMessage(Names.GetValueOrDefault(structure.Tag, $"0x{structure.Tag:X2}"), structure.Fields);
    }

    private static async Task SendAsync(Stream stream, byte tag, object?[] fields, CancellationToken cancellationToken)
    {
        var body = new List<byte>();
        PackStreamCodec.Write(body, new PackedStruct(tag, fields));
        var message = new List<byte>();
        for (var offset = 0; offset < body.Count; offset += ushort.MaxValue)
        {
            var size = Math.Min(ushort.MaxValue, body.Count - offset);
            message.Add((byte)(size >> 8));
            message.Add((byte)size);
            message.AddRange(body.Skip(offset).Take(size));
        }

        message.AddRange([0, 0]);
        await stream.WriteAsync(message.ToArray(), cancellationToken);
    }

    private static Dictionary<string, object?> Map(params (string Key, object? Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}
