using GeoGraph.Bolt.Errors;

namespace GeoGraph.Bolt.Connections;

/// <summary>
/// Version negotiation (spec "Handshake"): magic <c>60 60 B0 17</c> and four 32-bit slots
/// <c>00 RR mm MM</c> (range RR below MM.mm). We offer the manifest handshake (<c>00 00 01 FF</c>),
/// then 5.8 down to 5.0, then 4.4.
/// </summary>
internal sealed partial class BoltConnection
{
    private const uint ManifestV1 = 0x000001FF;
    private const uint HttpReply = 0x48545450;

    private async ValueTask HandshakeAsync(CancellationToken cancellationToken)
    {
        _output.WriteUInt32(0x6060B017);
        _output.WriteUInt32(_settings.UseManifestHandshake ? ManifestV1 : 0x00080805);
        _output.WriteUInt32(_settings.UseManifestHandshake ? 0x00080805u : 0x00000404u);
        _output.WriteUInt32(_settings.UseManifestHandshake ? 0x00000404u : 0u);
        _output.WriteUInt32(0);
        await FlushAsync(cancellationToken).ConfigureAwait(false);

        await _input.EnsureAsync(4, cancellationToken).ConfigureAwait(false);
        var reply = _input.ReadUInt32();
        Version = reply switch
        {
            HttpReply => throw new BoltProtocolException(
                $"{Address} answered the Bolt handshake with HTTP: that is Neo4j's HTTP port (usually 7474); use the Bolt port (usually 7687)."),
            0 => throw new BoltProtocolException($"{Address} supports none of the offered Bolt versions (5.8–5.0, 4.4)."),
            ManifestV1 when _settings.UseManifestHandshake => await NegotiateManifestAsync(cancellationToken).ConfigureAwait(false),
            _ => Chosen(reply),
        };
        _writer.Dialect = _reader.Dialect = Version.IsAtLeast(BoltVersion.Bolt50)
            ? PackStream.PackStreamDialect.Bolt5
            : PackStream.PackStreamDialect.Bolt44(utcPatch: false);
    }

    private BoltVersion Chosen(uint reply)
    {
        var version = new BoltVersion((int)(reply & 0xFF), (int)((reply >> 8) & 0xFF));
        if ((reply & 0xFFFF0000) != 0 || !version.IsSupported)
        {
            throw new BoltProtocolException($"{Address} chose a version that was not offered (handshake reply 0x{reply:X8}).");
        }

        return version;
    }

    /// <summary>
    /// Manifest v1: the server lists its version ranges and capability bits; the client answers with the
    /// chosen version and the capabilities it keeps (none), with no reply expected.
    /// </summary>
    private async ValueTask<BoltVersion> NegotiateManifestAsync(CancellationToken cancellationToken)
    {
        var count = await ReadVarIntAsync(cancellationToken).ConfigureAwait(false);
        if (count > 100)
        {
            throw new BoltProtocolException($"The manifest handshake announced {count} versions.");
        }

        BoltVersion? best = null;
        for (var i = 0; i < (int)count; i++)
        {
            await _input.EnsureAsync(4, cancellationToken).ConfigureAwait(false);
            var entry = _input.ReadUInt32();
            int major = (int)(entry & 0xFF), minor = (int)((entry >> 8) & 0xFF), range = (int)((entry >> 16) & 0xFF);
            for (var m = minor; m >= Math.Max(0, minor - range); m--)
            {
                var candidate = new BoltVersion(major, m);
                if (candidate.IsSupported && (best is null || candidate > best.Value))
                {
                    best = candidate;
                }
            }
        }

        await ReadVarIntAsync(cancellationToken).ConfigureAwait(false);
        var chosen = best ?? throw new BoltProtocolException($"{Address} offers no Bolt version this client speaks.");
        _output.WriteUInt32((uint)((chosen.Minor << 8) | chosen.Major));
        _output.WriteByte(0);
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        return chosen;
    }

    /// <summary>Little-endian base-128 integer of the manifest handshake.</summary>
    private async ValueTask<ulong> ReadVarIntAsync(CancellationToken cancellationToken)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            await _input.EnsureAsync(1, cancellationToken).ConfigureAwait(false);
            var b = _input.ReadByte();
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }

        throw new BoltProtocolException("A handshake VarInt is longer than 64 bits.");
    }
}
