using GeoGraph.Bolt.IO;

namespace GeoGraph.Bolt.Tests.Support;

/// <summary>Frames payloads by hand, at chosen chunk sizes, independently of <c>Chunker</c>.</summary>
public static class Chunks
{
    public static byte[] Frame(byte[] payload, IReadOnlyList<int> chunkSizes)
    {
        var output = new List<byte>();
        var offset = 0;
        var i = 0;
        while (offset < payload.Length)
        {
            var size = Math.Min(payload.Length - offset, Math.Clamp(chunkSizes.Count == 0 ? payload.Length : chunkSizes[i++ % chunkSizes.Count], 1, ushort.MaxValue));
            output.Add((byte)(size >> 8));
            output.Add((byte)size);
            output.AddRange(payload.AsSpan(offset, size));
            offset += size;
        }

        output.Add(0);
        output.Add(0);
        return [.. output];
    }

    internal static async Task<byte[]> ReadOneAsync(Stream stream, CancellationToken cancellationToken, int maxMessageSize = int.MaxValue)
    {
        using var input = new BoltReadBuffer(stream, TimeSpan.FromSeconds(5));
        using var message = new PooledBufferWriter();
        await Chunker.ReadMessageAsync(input, message, maxMessageSize, cancellationToken);
        return message.WrittenSpan.ToArray();
    }
}
