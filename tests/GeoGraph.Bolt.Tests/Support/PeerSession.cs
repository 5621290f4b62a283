using System.Globalization;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using GeoGraph.Bolt.Errors;
using GeoGraph.Bolt.IO;
using GeoGraph.Bolt.PackStream;

namespace GeoGraph.Bolt.Tests.Support;

/// <summary>One connection of a <see cref="ScriptedBoltPeer"/>: handshake, then the script line by line.</summary>
internal sealed partial class PeerSession(ScriptedBoltPeer peer, TcpClient client, BoltScript script, X509Certificate2? certificate, int number)
{
    private Stream _stream = Stream.Null;
    private BoltReadBuffer _input = null!;
    private BoltWriteBuffer _output = null!;
    private readonly PooledBufferWriter _message = new();
    private PackStreamDialect _dialect = PackStreamDialect.Bolt5;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            _stream = client.GetStream();
            if (certificate is not null)
            {
                var ssl = new SslStream(_stream);
                await ssl.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = certificate }, cancellationToken);
                _stream = ssl;
            }

            _input = new BoltReadBuffer(_stream, TimeSpan.FromSeconds(10));
            _output = new BoltWriteBuffer(_stream);
            if (await HandshakeAsync(cancellationToken))
            {
                await PlayAsync(cancellationToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            if (!(e is IOException or System.Security.Authentication.AuthenticationException && certificate is not null))
            {
                peer.Fail($"Connection #{number}: {e.GetType().Name}: {e.Message}");
            }
        }
        finally
        {
            await _stream.DisposeAsync();
            client.Dispose();
            _message.Dispose();
            _input?.Dispose();
            _output?.Dispose();
        }
    }

    private async Task<bool> HandshakeAsync(CancellationToken cancellationToken)
    {
        await _input.EnsureAsync(20, cancellationToken);
        if (_input.ReadUInt32() != 0x6060B017)
        {
            peer.Fail($"Connection #{number}: bad magic.");
            return false;
        }

        var slots = Enumerable.Range(0, 4).Select(_ => _input.ReadUInt32()).ToArray();
        var (major, minor) = script.Version;
        _dialect = major >= 5 ? PackStreamDialect.Bolt5 : PackStreamDialect.Bolt44(utcPatch: false);
        if (script.HandshakeReply is { } reply)
        {
            _output.Write(reply);
            await _output.FlushAsync(cancellationToken);
            return reply.Length == 4 && reply.AsSpan().SequenceEqual(new byte[] { 0, 0, (byte)minor, (byte)major });
        }

        if (script.Manifest && slots.Contains(0x000001FFu))
        {
            return await ManifestAsync(major, minor, cancellationToken);
        }

        var offered = slots.Any(slot => (slot & 0xFF) == major && minor <= ((slot >> 8) & 0xFF) && minor >= ((slot >> 8) & 0xFF) - ((slot >> 16) & 0xFF));
        _output.WriteUInt32(offered ? (uint)((minor << 8) | major) : 0u);
        await _output.FlushAsync(cancellationToken);
        if (!offered)
        {
            peer.Fail($"Connection #{number}: the client did not offer {major}.{minor}: {string.Join(" ", slots.Select(s => s.ToString("X8", CultureInfo.InvariantCulture)))}.");
        }

        return offered;
    }

    /// <summary>Manifest v1: offer exactly the script's version and no capabilities; read the client's choice.</summary>
    private async Task<bool> ManifestAsync(int major, int minor, CancellationToken cancellationToken)
    {
        _output.WriteUInt32(0x000001FF);
        _output.WriteByte(1);
        _output.WriteUInt32((uint)((minor << 8) | major));
        _output.WriteByte(0);
        await _output.FlushAsync(cancellationToken);
        await _input.EnsureAsync(5, cancellationToken);
        var chosen = _input.ReadUInt32();
        var capabilities = _input.ReadByte();
        if (chosen != (uint)((minor << 8) | major) || capabilities != 0)
        {
            peer.Fail($"Connection #{number}: manifest answer {chosen:X8}/{capabilities:X2}.");
            return false;
        }

        return true;
    }

    private async Task<(string Name, object?[] Fields)?> ReadClientMessageAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Chunker.ReadMessageAsync(_input, _message, int.MaxValue, cancellationToken);
        }
        catch (ServiceUnavailableException)
        {
            return null;
        }

        var reader = new PackStreamReader(_message.WrittenMemory, _dialect);
        var (tag, count) = reader.ReadStructureHeader();
        var fields = new object?[count];
        for (var i = 0; i < count; i++)
        {
            fields[i] = reader.ReadValue();
        }

        var name = PeerMessages.NameOf(tag);
        peer.Record(name + (fields.Length == 0 ? string.Empty : " " + string.Join(" ", fields.Select(BoltValueEquality.Describe))));
        return (name, fields);
    }

    private async Task SendAsync(string name, IReadOnlyList<object?> fields, CancellationToken cancellationToken)
    {
        using var buffer = new PooledBufferWriter();
        var writer = new PackStreamWriter(buffer, _dialect);
        writer.WriteStructureHeader(fields.Count, PeerMessages.SignatureOf(name));
        foreach (var field in fields)
        {
            writer.WriteValue(field);
        }

        Chunker.WriteMessage(buffer.WrittenSpan, _output);
        await _output.FlushAsync(cancellationToken);
    }
}
