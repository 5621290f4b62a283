using System.Buffers;
using System.Buffers.Binary;
using GeoGraph.Bolt.Errors;

namespace GeoGraph.Bolt.IO;

/// <summary>
/// Reads from the connection's stream through one pooled array. <see cref="EnsureAsync"/> fills it
/// on demand; every fill is bounded by <see cref="ReadTimeout"/> so a silent peer cannot hang a caller.
/// </summary>
internal sealed class BoltReadBuffer : IDisposable
{
    private readonly Stream _stream;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private CancellationTokenSource? _reusableTimeout;

    public BoltReadBuffer(Stream stream, TimeSpan readTimeout, int size = 16 * 1024)
    {
        _stream = stream;
        _buffer = ArrayPool<byte>.Shared.Rent(size);
        ReadTimeout = readTimeout;
    }

    /// <summary>The longest a single read may wait for bytes; <see cref="Timeout.InfiniteTimeSpan"/> disables it.</summary>
    public TimeSpan ReadTimeout { get; set; }

    public int Available => _end - _start;

    /// <summary>The bytes read from the stream and not consumed yet; valid until the next fill.</summary>
    public ReadOnlyMemory<byte> Buffered => _buffer.AsMemory(_start, Available);

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, Available);
        _start += count;
    }

    public ValueTask EnsureAsync(int count, CancellationToken cancellationToken)
    {
        if (count > _buffer.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "More bytes than the buffer holds.");
        }

        return Available >= count ? ValueTask.CompletedTask : FillAsync(count, cancellationToken);
    }

    public byte ReadByte() => _buffer[_start++];

    public ushort ReadUInt16()
    {
        var value = BinaryPrimitives.ReadUInt16BigEndian(_buffer.AsSpan(_start));
        _start += 2;
        return value;
    }

    public uint ReadUInt32()
    {
        var value = BinaryPrimitives.ReadUInt32BigEndian(_buffer.AsSpan(_start));
        _start += 4;
        return value;
    }

    /// <summary>Takes up to <paramref name="max"/> of the buffered bytes (at least one must be buffered).</summary>
    public ReadOnlySpan<byte> Take(int max)
    {
        var count = Math.Min(max, Available);
        var span = _buffer.AsSpan(_start, count);
        _start += count;
        return span;
    }

    public void Dispose()
    {
        _reusableTimeout?.Dispose();
        var buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async ValueTask FillAsync(int count, CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, Available).CopyTo(_buffer);
            _end = Available;
            _start = 0;
        }

        while (_end < count)
        {
            int read;
            var timeout = StartTimeout(cancellationToken);
            try
            {
                read = await _stream.ReadAsync(_buffer.AsMemory(_end), timeout?.Token ?? cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new ServiceUnavailableException($"The server sent nothing for {ReadTimeout.TotalSeconds:0.###} s (read timeout).");
            }
            catch (IOException e)
            {
                throw new ServiceUnavailableException("The connection failed while reading: " + e.Message, e);
            }
            finally
            {
                StopTimeout(timeout);
            }

            if (read == 0)
            {
                throw new ServiceUnavailableException("The server closed the connection.");
            }

            _end += read;
        }
    }

    /// <summary>
    /// Arms the read timeout. Without a caller token one source is reused (reset after each read)
    /// so that the hot path allocates nothing; with one, a linked source is needed.
    /// </summary>
    private CancellationTokenSource? StartTimeout(CancellationToken cancellationToken)
    {
        if (ReadTimeout == Timeout.InfiniteTimeSpan)
        {
            return null;
        }

        CancellationTokenSource source;
        if (cancellationToken.CanBeCanceled)
        {
            source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        }
        else
        {
            source = _reusableTimeout is { } reusable && reusable.TryReset() ? reusable : new CancellationTokenSource();
            _reusableTimeout = source;
        }

        source.CancelAfter(ReadTimeout);
        return source;
    }

    private void StopTimeout(CancellationTokenSource? source)
    {
        if (source is not null && source != _reusableTimeout)
        {
            source.Dispose();
        }
    }
}
