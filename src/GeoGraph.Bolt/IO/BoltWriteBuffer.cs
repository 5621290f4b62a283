using System.Buffers.Binary;
using GeoGraph.Bolt.Errors;

namespace GeoGraph.Bolt.IO;

/// <summary>
/// Collects outgoing bytes (handshake, chunked messages) in one pooled buffer and sends them on
/// <see cref="FlushAsync"/>, so pipelined requests leave in a single write.
/// </summary>
internal sealed class BoltWriteBuffer : IDisposable
{
    private readonly Stream _stream;
    private readonly PooledBufferWriter _pending = new(16 * 1024);

    public BoltWriteBuffer(Stream stream)
    {
        _stream = stream;
    }

    public int Pending => _pending.WrittenCount;

    public void WriteUInt16(ushort value)
    {
        BinaryPrimitives.WriteUInt16BigEndian(_pending.GetSpan(2), value);
        _pending.Advance(2);
    }

    public void WriteUInt32(uint value)
    {
        BinaryPrimitives.WriteUInt32BigEndian(_pending.GetSpan(4), value);
        _pending.Advance(4);
    }

    public void WriteByte(byte value) => _pending.WriteByte(value);

    public void Write(ReadOnlySpan<byte> bytes) => _pending.Write(bytes);

    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        if (_pending.WrittenCount == 0)
        {
            return;
        }

        try
        {
            await _stream.WriteAsync(_pending.WrittenMemory, cancellationToken).ConfigureAwait(false);
            await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            throw new ServiceUnavailableException("The connection failed while writing: " + e.Message, e);
        }
        finally
        {
            _pending.Clear();
        }
    }

    public void Dispose() => _pending.Dispose();
}
