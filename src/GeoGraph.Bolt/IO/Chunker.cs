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
