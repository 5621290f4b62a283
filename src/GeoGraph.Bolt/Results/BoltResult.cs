using System.Runtime.CompilerServices;
using GeoGraph.Bolt.Connections;
using GeoGraph.Bolt.Errors;
using GeoGraph.Bolt.Messages;

namespace GeoGraph.Bolt.Results;

/// <summary>
/// The records of one query, streamed from the server in batches (PULL with <c>n</c> = fetch size,
/// again while <c>has_more</c>). Enumerate it once with <c>await foreach</c>, or collect it with
/// <see cref="ToListAsync"/>. When the transaction runs another query first, the rest of this one is buffered.
/// </summary>
public sealed class BoltResult : IAsyncEnumerable<Record>
{
    private readonly BoltConnection _connection;
    private readonly RecordKeys _keys;
    private readonly long _qid;
    private readonly long _fetchSize;
    private readonly Queue<Record> _buffered = new();
    private readonly IResultObserver? _observer;
    private bool _pullOutstanding;
    private bool _done;
    private bool _enumerated;

    private BoltResult(BoltConnection connection, SuccessMessage runSuccess, long fetchSize, IResultObserver? observer)
    {
        _connection = connection;
        _keys = new RecordKeys(runSuccess.Fields);
        _qid = runSuccess.Get<long?>("qid") ?? -1;
        _fetchSize = fetchSize;
        _observer = observer;
        _pullOutstanding = true;
    }

    /// <summary>The column names.</summary>
    public IReadOnlyList<string> Keys => _keys.Names;

    /// <summary>The summary, once every record has been received (or discarded).</summary>
    public ResultSummary? Summary { get; private set; }

    /// <summary>True once the server has sent the final summary.</summary>
    internal bool IsStreamClosed => _done;

    /// <summary>Streams the records. A result can be enumerated only once.</summary>
    public async IAsyncEnumerator<Record> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        if (_enumerated)
        {
            throw new InvalidOperationException("A result can be enumerated only once; collect it with ToListAsync to reuse the records.");
        }

        _enumerated = true;
        while (await NextAsync(cancellationToken).ConfigureAwait(false) is { } record)
        {
            yield return record;
        }
    }

    /// <summary>Collects every remaining record.</summary>
    public async Task<IReadOnlyList<Record>> ToListAsync(CancellationToken cancellationToken = default)
    {
        var records = new List<Record>();
        await foreach (var record in this.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            records.Add(record);
        }

        return records;
    }

    /// <summary>Returns the only record; throws <see cref="InvalidOperationException"/> for zero or several.</summary>
    public async Task<Record> SingleAsync(CancellationToken cancellationToken = default)
    {
        var records = await ToListAsync(cancellationToken).ConfigureAwait(false);
        return records.Count == 1 ? records[0] : throw new InvalidOperationException($"Expected exactly one record but the result has {records.Count}.");
    }

    /// <summary>Discards the records not read yet (DISCARD) and returns the summary.</summary>
    public async Task<ResultSummary> ConsumeAsync(CancellationToken cancellationToken = default)
    {
        _enumerated = true;
        _buffered.Clear();
        while (!_done)
        {
            if (_pullOutstanding)
            {
                await ReadFromServerAsync(keep: false, cancellationToken).ConfigureAwait(false);
                continue;
            }

            _connection.Send(new DiscardMessage(-1, _qid));
            await _connection.FlushAsync(cancellationToken).ConfigureAwait(false);
            _pullOutstanding = true;
        }

        return Summary!;
    }

    internal static async Task<BoltResult> StartAsync(
        BoltConnection connection,
        RunMessage run,
        long fetchSize,
        Func<CancellationToken, ValueTask>? readEarlierReplies,
        IResultObserver? observer,
        CancellationToken cancellationToken)
    {
        connection.Send(run);
        connection.Send(new PullMessage(fetchSize));
        await connection.FlushAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (readEarlierReplies is not null)
            {
                await readEarlierReplies(cancellationToken).ConfigureAwait(false);
            }

            var success = await connection.ExpectSuccessAsync(cancellationToken).ConfigureAwait(false);
            return new BoltResult(connection, success, fetchSize, observer);
        }
        catch (Exception e)
        {
            observer?.OnFailed(e);
            throw;
        }
    }

    /// <summary>Reads the rest of the stream into memory so that the connection is free for the next request.</summary>
    internal async ValueTask BufferRemainingAsync(CancellationToken cancellationToken)
    {
        while (!_done)
        {
            await ReadFromServerAsync(keep: true, cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask<Record?> NextAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_buffered.TryDequeue(out var buffered))
            {
                return buffered;
            }

            if (_done)
            {
                return null;
            }

            if (await ReadFromServerAsync(keep: false, cancellationToken).ConfigureAwait(false) is { } record)
            {
                return record;
            }
        }
    }

    /// <summary>Reads one message of the stream, sending the next PULL first when the last batch is finished.</summary>
    private async ValueTask<Record?> ReadFromServerAsync(bool keep, CancellationToken cancellationToken)
    {
        try
        {
            if (!_pullOutstanding)
            {
                _connection.Send(new PullMessage(_fetchSize, _qid));
                await _connection.FlushAsync(cancellationToken).ConfigureAwait(false);
                _pullOutstanding = true;
            }

            switch (await _connection.ReceiveAsync(cancellationToken).ConfigureAwait(false))
            {
                case RecordMessage row:
                    var record = new Record(_keys, row.Values);
                    if (keep)
                    {
                        _buffered.Enqueue(record);
                        return null;
                    }

                    return record;
                case SuccessMessage { HasMore: true }:
                    _pullOutstanding = false;
                    return null;
                case SuccessMessage success:
                    _pullOutstanding = false;
                    _done = true;
                    Summary = ResultSummary.From(success.Metadata);
                    _observer?.OnCompleted(Summary);
                    return null;
                case FailureMessage failure:
                    _done = true;
                    throw await _connection.RecoverFromFailureAsync(failure, cancellationToken).ConfigureAwait(false);
                case var other:
                    _connection.MarkBroken();
                    throw new BoltProtocolException($"Unexpected {other.Name} while streaming records.");
            }
        }
        catch (Exception e) when (!_done || e is Neo4jServerException)
        {
            _done = true;
            _observer?.OnFailed(e);
            throw;
        }
    }
}
