using GeoGraph.Bolt.Connections;
using GeoGraph.Bolt.Errors;
using GeoGraph.Bolt.Messages;
using GeoGraph.Bolt.Results;

namespace GeoGraph.Bolt.Transactions;

/// <summary>
/// An explicit transaction on one connection. BEGIN is pipelined with the first RUN. Running a
/// query while an earlier result is still open buffers that result first. Disposing an unfinished
/// transaction rolls it back and returns the connection to its pool.
/// </summary>
public sealed class BoltTransaction : IAsyncDisposable, IResultObserver
{
    private static readonly IReadOnlyDictionary<string, object?> NoParameters = new Dictionary<string, object?>();

    private readonly BoltConnection _connection;
    private readonly long _fetchSize;
    private readonly Func<BoltConnection, ValueTask> _release;
    private readonly List<BoltResult> _results = [];
    private bool _beginPending;
    private TransactionState _state = TransactionState.Active;
    private Exception? _failure;

    internal BoltTransaction(BoltConnection connection, long fetchSize, Func<BoltConnection, ValueTask> release)
    {
        _connection = connection;
        _fetchSize = fetchSize;
        _release = release;
    }

    /// <summary>The bookmark returned by COMMIT, once committed.</summary>
    public string? Bookmark { get; private set; }

    /// <summary>The server the transaction runs on.</summary>
    public ServerAddress Server => _connection.Address;

    /// <summary>The negotiated protocol version of the transaction's connection.</summary>
    public BoltVersion ProtocolVersion => _connection.Version;

    internal BoltConnection Connection => _connection;

    /// <summary>Runs a query with parameters (always sent as a map, never spliced into the text).</summary>
    public async Task<BoltResult> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        EnsureActive();
        await BufferOpenResultsAsync(cancellationToken).ConfigureAwait(false);
        var run = new RunMessage(query, parameters ?? NoParameters, NoParameters);
        var result = await BoltResult.StartAsync(_connection, run, _fetchSize, TakeBeginReplyReader(), this, cancellationToken).ConfigureAwait(false);
        _results.Add(result);
        return result;
    }

    /// <summary>Commits and returns the bookmark. A connection failure while waiting for the reply raises <see cref="IncompleteCommitException"/>.</summary>
    public async Task<string?> CommitAsync(CancellationToken cancellationToken = default)
    {
        EnsureActive();
        await BufferOpenResultsAsync(cancellationToken).ConfigureAwait(false);
        var readBegin = TakeBeginReplyReader();
        _connection.Send(CommitMessage.Instance);
        await _connection.FlushAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (readBegin is not null)
            {
                await readBegin(cancellationToken).ConfigureAwait(false);
            }

            var success = await _connection.ExpectSuccessAsync(cancellationToken).ConfigureAwait(false);
            _state = TransactionState.Committed;
            Bookmark = success.Get<string>("bookmark");
            return Bookmark;
        }
        catch (ServiceUnavailableException e)
        {
            Fail(e);
            throw new IncompleteCommitException("The connection failed before the server confirmed the commit; it may or may not have been applied.", e);
        }
        catch (Exception e)
        {
            Fail(e);
            throw;
        }
    }

    /// <summary>Rolls back. Does nothing once the transaction has failed (the server already rolled it back).</summary>
    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (_state == TransactionState.Failed)
        {
            _state = TransactionState.RolledBack;
            return;
        }

        EnsureActive();
        try
        {
            await DiscardOpenResultsAsync(cancellationToken).ConfigureAwait(false);
            var readBegin = TakeBeginReplyReader();
            _connection.Send(RollbackMessage.Instance);
            await _connection.FlushAsync(cancellationToken).ConfigureAwait(false);
            if (readBegin is not null)
            {
                await readBegin(cancellationToken).ConfigureAwait(false);
            }

            await _connection.ExpectSuccessAsync(cancellationToken).ConfigureAwait(false);
            _state = TransactionState.RolledBack;
        }
        catch (Exception e)
        {
            Fail(e);
            throw;
        }
    }

    /// <summary>Rolls back an unfinished transaction (best effort) and releases the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_state == TransactionState.Released)
        {
            return;
        }

        if (_state == TransactionState.Active && !_connection.IsBroken)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await RollbackAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is BoltException or OperationCanceledException)
            {
                _connection.MarkBroken();
            }
        }

        _state = TransactionState.Released;
        await _release(_connection).ConfigureAwait(false);
    }

    void IResultObserver.OnCompleted(ResultSummary summary)
    {
    }

    void IResultObserver.OnFailed(Exception error) => Fail(error);

    /// <summary>Queues BEGIN; its reply is read right before the reply of the next request.</summary>
    internal void Begin(IReadOnlyDictionary<string, object?> extra)
    {
        _connection.Send(new BeginMessage(extra));
        _beginPending = true;
    }

    private Func<CancellationToken, ValueTask>? TakeBeginReplyReader()
    {
        if (!_beginPending)
        {
            return null;
        }

        _beginPending = false;
        return async cancellationToken => await _connection.ExpectSuccessAsync(cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask BufferOpenResultsAsync(CancellationToken cancellationToken)
    {
        foreach (var result in _results)
        {
            if (!result.IsStreamClosed)
            {
                await result.BufferRemainingAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        _results.Clear();
    }

    /// <summary>Before ROLLBACK nobody will read the open results, so their rest is discarded, not buffered.</summary>
    private async ValueTask DiscardOpenResultsAsync(CancellationToken cancellationToken)
    {
        foreach (var result in _results)
        {
            if (!result.IsStreamClosed)
            {
                await result.ConsumeAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        _results.Clear();
    }

    private void Fail(Exception error)
    {
        if (_state == TransactionState.Active)
        {
            _state = TransactionState.Failed;
            _failure = error;
        }
    }

    private void EnsureActive()
    {
        switch (_state)
        {
            case TransactionState.Active:
                return;
            case TransactionState.Failed:
                throw new InvalidOperationException("The transaction failed and was rolled back by the server: " + _failure?.Message, _failure);
            default:
                throw new InvalidOperationException($"The transaction is {_state.ToString().ToLowerInvariant()}.");
        }
    }
}
