using GeoGraph.Bolt.Diagnostics;
using GeoGraph.Bolt.Errors;
using GeoGraph.Bolt.Results;
using GeoGraph.Bolt.Transactions;

namespace GeoGraph.Bolt;

/// <summary>Units of work: managed (retried) transactions, explicit transactions and eager queries.</summary>
public sealed partial class BoltDriver
{
    /// <summary>
    /// Runs <paramref name="work"/> in a read transaction and commits it, re-running the whole function
    /// after retryable errors (transient server errors, lost connections, leader switches) within
    /// <see cref="BoltDriverOptions.MaxTransactionRetryTime"/>. Consume results inside the function.
    /// </summary>
    public Task<T> ExecuteReadAsync<T>(Func<BoltTransaction, Task<T>> work, TransactionConfig? config = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Read, work, config, cancellationToken);

    /// <summary>Runs <paramref name="work"/> in a write transaction with retries; see <see cref="ExecuteReadAsync{T}"/>.</summary>
    public Task<T> ExecuteWriteAsync<T>(Func<BoltTransaction, Task<T>> work, TransactionConfig? config = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Write, work, config, cancellationToken);

    /// <summary>Runs <paramref name="work"/> in a read transaction with retries.</summary>
    public Task ExecuteReadAsync(Func<BoltTransaction, Task> work, TransactionConfig? config = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Read, Unit(work), config, cancellationToken);

    /// <summary>Runs <paramref name="work"/> in a write transaction with retries.</summary>
    public Task ExecuteWriteAsync(Func<BoltTransaction, Task> work, TransactionConfig? config = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Write, Unit(work), config, cancellationToken);

    /// <summary>Runs one query in a managed transaction and returns all its records.</summary>
    public Task<EagerResult> ExecuteQueryAsync(
        string query,
        IReadOnlyDictionary<string, object?>? parameters = null,
        AccessMode mode = AccessMode.Write,
        TransactionConfig? config = null,
        CancellationToken cancellationToken = default) =>
        ExecuteAsync(mode, async tx =>
        {
            var result = await tx.RunAsync(query, parameters, cancellationToken).ConfigureAwait(false);
            var records = await result.ToListAsync(cancellationToken).ConfigureAwait(false);
            return new EagerResult(result.Keys, records, result.Summary!);
        }, config, cancellationToken);

    /// <summary>
    /// Begins an explicit transaction that the caller commits or rolls back; not retried.
    /// Dispose it to return its connection (an unfinished transaction is rolled back).
    /// </summary>
    public async Task<BoltTransaction> BeginTransactionAsync(AccessMode mode, TransactionConfig? config = null, CancellationToken cancellationToken = default)
    {
        config ??= TransactionConfig.Default;
        var database = config.Database ?? _options.Database;
        var bookmarks = _bookmarks.Get(database, config.Bookmarks);
        var connection = await _provider.AcquireAsync(mode, database, bookmarks, cancellationToken).ConfigureAwait(false);
        var transaction = new BoltTransaction(connection, _options.FetchSize, _provider.ReleaseAsync);
        transaction.Begin(BeginExtra(mode, config, database, bookmarks));
        return transaction;
    }

    private async Task<T> ExecuteAsync<T>(AccessMode mode, Func<BoltTransaction, Task<T>> work, TransactionConfig? config, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        config ??= TransactionConfig.Default;
        var database = config.Database ?? _options.Database;
        using var activity = BoltTelemetry.Source.StartActivity(mode == AccessMode.Read ? "bolt.execute_read" : "bolt.execute_write");
        activity?.SetTag("db.namespace", database);
        return await _retry.ExecuteAsync(async ct =>
        {
            var transaction = await BeginTransactionAsync(mode, config, ct).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                try
                {
                    var result = await work(transaction).ConfigureAwait(false);
                    var bookmark = await transaction.CommitAsync(ct).ConfigureAwait(false);
                    _bookmarks.Update(database, bookmark);
                    return result;
                }
                catch (BoltException e)
                {
                    if (e is Neo4jServerException { IsAuthorizationExpired: true })
                    {
                        transaction.Connection.MarkBroken();
                    }

                    var surfaced = _provider.OnError(transaction.Server, e, mode, database);
                    if (ReferenceEquals(surfaced, e))
                    {
                        throw;
                    }

                    throw surfaced;
                }
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    private static Dictionary<string, object?> BeginExtra(AccessMode mode, TransactionConfig config, string? database, IReadOnlyList<string> bookmarks)
    {
        var extra = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (bookmarks.Count > 0)
        {
            extra["bookmarks"] = bookmarks;
        }

        if (config.Timeout is { } timeout)
        {
            extra["tx_timeout"] = (long)timeout.TotalMilliseconds;
        }

        if (config.Metadata is { Count: > 0 } metadata)
        {
            extra["tx_metadata"] = metadata;
        }

        if (mode == AccessMode.Read)
        {
            extra["mode"] = "r";
        }

        if (database is not null)
        {
            extra["db"] = database;
        }

        return extra;
    }

    private static Func<BoltTransaction, Task<bool>> Unit(Func<BoltTransaction, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return async tx =>
        {
            await work(tx).ConfigureAwait(false);
            return true;
        };
    }
}
