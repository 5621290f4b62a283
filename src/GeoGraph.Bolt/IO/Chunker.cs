using System.Buffers.Binary;
using GeoGraph.Bolt.Errors;

namespace GeoGraph.Bolt.IO;

/// <summary>
/// Bolt message framing (spec "Chunking"): a message travels as chunks of a 2-byte big-endian
/// length and up to 65 535 payload bytes, closed by a zero-length chunk. A zero-length chunk
/// before any payload is a NOOP keep-alive and is skipped.
/// </summary>
internal static class Chunker
{
    public const int MaxChunkSize = ushort.MaxValue;

    public static void WriteMessage(ReadOnlySpan<byte> message, BoltWriteBuffer output, int maxChunkSize = MaxChunkSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChunkSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxChunkSize, MaxChunkSize);
        while (!message.IsEmpty)
        {
            var size = Math.Min(message.Length, maxChunkSize);
            output.WriteUInt16((ushort)size);
            output.Write(message[..size]);
            message = message[size..];
        }

        output.WriteUInt16(0);
    }

    /// <summary>
    /// Takes the next message when it is already wholly buffered (leading NOOPs included), without
    /// waiting. A message in one chunk is returned in place; one split into chunks is assembled into
    /// <paramref name="message"/>. Returns false, consuming nothing, when bytes are still missing.
    /// </summary>
    public static bool TryReadBufferedMessage(BoltReadBuffer input, PooledBufferWriter message, int maxMessageSize, out ReadOnlyMemory<byte> payload)
    {
        payload = default;
        var buffered = input.Buffered;
        var bytes = buffered.Span;
        var start = 0;
        while (bytes.Length - start >= 2 && bytes[start] == 0 && bytes[start + 1] == 0)
        {
            start += 2;
        }

        var end = start;
        var chunks = 0;
        var total = 0;
        while (true)
        {
            if (bytes.Length - end < 2)
            {
                return false;
            }

            int size = BinaryPrimitives.ReadUInt16BigEndian(bytes[end..]);
            end += 2;
            if (size == 0)
            {
                break;
            }

            total += size;
            if (total > maxMessageSize)
            {
                throw new BoltProtocolException($"The server sent a message larger than the {maxMessageSize}-byte limit.");
            }

            if (bytes.Length - end < size)
            {
                return false;
            }

            end += size;
            chunks++;
        }

        if (chunks == 1)
        {
            payload = buffered.Slice(start + 2, total);
        }
        else
        {
            message.Clear();
            for (var position = start; position < end - 2;)
            {
                int size = BinaryPrimitives.ReadUInt16BigEndian(bytes[position..]);
                message.Write(bytes.Slice(position + 2, size));
                position += 2 + size;
            }

            payload = message.WrittenMemory;
        }

        input.Advance(end);
        return true;
    }

    /// <summary>Reads one whole message's payload into <paramref name="message"/> (which is cleared first).</summary>
    public static async ValueTask ReadMessageAsync(BoltReadBuffer input, PooledBufferWriter message, int maxMessageSize, CancellationToken cancellationToken)
    {
        message.Clear();
        while (true)
        {
            await input.EnsureAsync(2, cancellationToken).ConfigureAwait(false);
            int size = input.ReadUInt16();
            if (size == 0)
            {
                if (message.WrittenCount > 0)
                {
                    return;
                }

                continue;
            }

            if (message.WrittenCount + size > maxMessageSize)
            {
                throw new BoltProtocolException($"The server sent a message larger than the {maxMessageSize}-byte limit.");
            }

            while (size > 0)
            {
                await input.EnsureAsync(1, cancellationToken).ConfigureAwait(false);
                var part = input.Take(size);
                message.Write(part);
                size -= part.Length;
            }
        }
    }
}
