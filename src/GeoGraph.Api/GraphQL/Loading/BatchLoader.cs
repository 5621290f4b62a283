using GraphQL.DataLoader;

namespace GeoGraph.Api.GraphQL.Loading;

/// <summary>
/// Collects the keys that resolvers ask for during one execution level and fetches them in one call
/// when the first result is awaited; later requests for a fetched key are answered from memory.
/// One instance lives for one GraphQL request.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch) : IDisposable
    where TKey : notnull
{
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _dispatch = new(1, 1);
    private readonly Dictionary<TKey, TValue> _loaded = [];
    private readonly HashSet<TKey> _fetched = [];
    private HashSet<TKey> _pending = [];

    /// <inheritdoc />
    public void Dispose() => _dispatch.Dispose();

    /// <summary>A deferred result for <paramref name="key"/>, fetched with every other key queued before it is awaited.</summary>
    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_lock)
        {
            if (!_fetched.Contains(key))
                _pending.Add(key);
        }
        return new Deferred(this, key);
    }

    /// <summary>Deferred results for several keys, fetched in the same batch.</summary>
    public IDataLoaderResult<IReadOnlyList<TValue>> LoadMany(IEnumerable<TKey> keys)
    {
        var results = keys.Select(Load).ToList();
        return new DeferredMany(results);
    }

    private async Task<TValue?> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_fetched.Contains(key))
                return _loaded.GetValueOrDefault(key);
        }
        await _dispatch.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            HashSet<TKey> batch;
            lock (_lock)
            {
                if (_fetched.Contains(key))
                    return _loaded.GetValueOrDefault(key);
                batch = _pending;
                batch.Add(key);
                batch.ExceptWith(_fetched);
                _pending = [];
            }
            var values = await fetch(batch, cancellationToken).ConfigureAwait(false);
            lock (_lock)
            {
                foreach (var (k, v) in values)
                    _loaded[k] = v;
                _fetched.UnionWith(batch);
                return _loaded.GetValueOrDefault(key);
            }
        }
        finally
        {
            _dispatch.Release();
        }
    }

    private sealed class Deferred(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }

    private sealed class DeferredMany(List<IDataLoaderResult<TValue?>> results) : IDataLoaderResult<IReadOnlyList<TValue>>
    {
        public async Task<IReadOnlyList<TValue>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new List<TValue>(results.Count);
            foreach (var result in results)
            {
                // Keys the store no longer knows are left out rather than returned as nulls.
                if (await result.GetResultAsync(cancellationToken).ConfigureAwait(false) is { } value)
                    values.Add(value);
            }
            return values;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
