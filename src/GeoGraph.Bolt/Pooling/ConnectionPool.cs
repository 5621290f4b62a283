using System.Diagnostics;
using GeoGraph.Bolt.Connections;
using GeoGraph.Bolt.Diagnostics;
using GeoGraph.Bolt.Errors;

namespace GeoGraph.Bolt.Pooling;

/// <summary>
/// The connections to one server: at most <see cref="PoolSettings.MaxSize"/> at a time, waiting up
/// to the acquisition timeout for a free one. Idle connections past their lifetime are closed;
/// those idle longer than the liveness threshold must answer a RESET first. Broken connections
/// are never returned to the pool.
/// </summary>
internal sealed class ConnectionPool : IAsyncDisposable
{
    private readonly Func<ServerAddress, CancellationToken, Task<BoltConnection>> _open;
    private readonly PoolSettings _settings;
    private readonly SemaphoreSlim _slots;
    private readonly Stack<BoltConnection> _idle = new();
    private readonly Lock _lock = new();
    private bool _closed;

    public ConnectionPool(ServerAddress address, PoolSettings settings, Func<ServerAddress, CancellationToken, Task<BoltConnection>> open)
    {
        Address = address;
        _settings = settings;
        _open = open;
        _slots = new SemaphoreSlim(settings.MaxSize, settings.MaxSize);
    }

    public ServerAddress Address { get; }

    public async Task<BoltConnection> AcquireAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        var started = Stopwatch.GetTimestamp();
        if (!await _slots.WaitAsync(_settings.AcquisitionTimeout, cancellationToken).ConfigureAwait(false))
        {
            throw new ConnectionAcquisitionTimeoutException(
                $"All {_settings.MaxSize} connections to {Address} stayed busy for {_settings.AcquisitionTimeout.TotalSeconds:0.###} s.");
        }

        try
        {
            var connection = await TakeIdleAsync(cancellationToken).ConfigureAwait(false)
                ?? await _open(Address, cancellationToken).ConfigureAwait(false);
            BoltTelemetry.AcquisitionTime.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return connection;
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    /// <summary>
    /// Returns a connection. One with requests still in flight (an abandoned result) is RESET first;
    /// one that is broken, expired or belongs to a closed pool is closed instead.
    /// </summary>
    public async ValueTask ReleaseAsync(BoltConnection connection)
    {
        try
        {
            if (!connection.IsBroken && connection.Pending > 0)
            {
                await TryResetAsync(connection, CancellationToken.None).ConfigureAwait(false);
            }

            bool keep;
            lock (_lock)
            {
                keep = !_closed && !connection.IsBroken && !IsExpired(connection);
                if (keep)
                {
                    _idle.Push(connection);
                }
            }

            if (!keep)
            {
                await DiscardAsync(connection).ConfigureAwait(false);
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>The server was found dead: its idle connections are discarded on their next acquisition.</summary>
    public void MarkIdleBroken()
    {
        lock (_lock)
        {
            foreach (var connection in _idle)
            {
                connection.MarkBroken();
            }
        }
    }

    /// <summary>Closes the idle connections and refuses new acquisitions; connections in use close on release.</summary>
    public async ValueTask DisposeAsync()
    {
        BoltConnection[] idle;
        lock (_lock)
        {
            _closed = true;
            idle = [.. _idle];
            _idle.Clear();
        }

        foreach (var connection in idle)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async ValueTask<BoltConnection?> TakeIdleAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            BoltConnection? connection;
            lock (_lock)
            {
                if (!_idle.TryPop(out connection))
                {
                    return null;
                }
            }

            if (connection.IsBroken || IsExpired(connection))
            {
                await DiscardAsync(connection).ConfigureAwait(false);
                continue;
            }

            if (NeedsLivenessCheck(connection) && !await TryResetAsync(connection, cancellationToken).ConfigureAwait(false))
            {
                await DiscardAsync(connection).ConfigureAwait(false);
                continue;
            }

            return connection;
        }
    }

    private static async ValueTask<bool> TryResetAsync(BoltConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            await connection.ResetAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is BoltException or IOException)
        {
            connection.MarkBroken();
            return false;
        }
    }

    private bool IsExpired(BoltConnection connection) =>
        Environment.TickCount64 - connection.CreatedAt > (long)_settings.MaxLifetime.TotalMilliseconds;

    private bool NeedsLivenessCheck(BoltConnection connection) =>
        _settings.IdleTimeBeforeLivenessCheck is { } idle && Environment.TickCount64 - connection.LastUsedAt >= (long)idle.TotalMilliseconds;

    private static async ValueTask DiscardAsync(BoltConnection connection)
    {
        BoltTelemetry.ConnectionsDiscarded.Add(1);
        await connection.DisposeAsync().ConfigureAwait(false);
    }
}
