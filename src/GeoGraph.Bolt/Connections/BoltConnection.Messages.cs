using GeoGraph.Bolt.Diagnostics;
using GeoGraph.Bolt.Errors;
using GeoGraph.Bolt.IO;
using GeoGraph.Bolt.Messages;

namespace GeoGraph.Bolt.Connections;

/// <summary>
/// Pipelined request/response exchange: requests are queued with <see cref="Send"/> and leave on
/// <see cref="FlushAsync"/>; responses come back strictly in request order, one summary per request.
/// </summary>
internal sealed partial class BoltConnection
{
    /// <summary>Requests sent whose summary has not been read yet.</summary>
    public int Pending => _pending;

    public void Send(IRequestMessage message)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _outgoing.Clear();
        message.Write(_writer);
        Chunker.WriteMessage(_outgoing.WrittenSpan, _output);
        if (message.ExpectsResponse)
        {
            _pending++;
        }
    }

    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            MarkBroken();
            throw;
        }
    }

    public async ValueTask<IResponseMessage> ReceiveAsync(CancellationToken cancellationToken)
    {
        if (TryReceiveBuffered() is { } buffered)
        {
            return buffered;
        }

        IResponseMessage message;
        try
        {
            await Chunker.ReadMessageAsync(_input, _incoming, _settings.MaxMessageSize, cancellationToken).ConfigureAwait(false);
            message = Decode(_incoming.WrittenMemory);
        }
        catch
        {
            // After a partial read (error, timeout or cancellation) the stream position is unknown.
            MarkBroken();
            throw;
        }

        return Accept(message);
    }

    /// <summary>
    /// The next response when it is already wholly buffered, decoded without any asynchronous step
    /// (the common case while streaming records); null when more bytes must be read first.
    /// </summary>
    public IResponseMessage? TryReceiveBuffered()
    {
        IResponseMessage message;
        try
        {
            if (!Chunker.TryReadBufferedMessage(_input, _incoming, _settings.MaxMessageSize, out var payload))
            {
                return null;
            }

            message = Decode(payload);
        }
        catch
        {
            MarkBroken();
            throw;
        }

        return Accept(message);
    }

    private IResponseMessage Decode(ReadOnlyMemory<byte> payload)
    {
        _reader.Reset(payload);
        return ResponseMessageReader.Read(_reader);
    }

    private IResponseMessage Accept(IResponseMessage message)
    {
        if (_pending == 0)
        {
            MarkBroken();
            throw new BoltProtocolException($"The server sent {message.Name} when no request was waiting for it.");
        }

        if (message.IsSummary)
        {
            _pending--;
        }

        LastUsedAt = Environment.TickCount64;
        return message;
    }

    /// <summary>Reads the summary of the next request, turning FAILURE into its exception (after a RESET).</summary>
    public async ValueTask<SuccessMessage> ExpectSuccessAsync(CancellationToken cancellationToken)
    {
        switch (await ReceiveAsync(cancellationToken).ConfigureAwait(false))
        {
            case SuccessMessage success:
                return success;
            case FailureMessage failure:
                throw await RecoverFromFailureAsync(failure, cancellationToken).ConfigureAwait(false);
            case var other:
                MarkBroken();
                throw new BoltProtocolException($"Expected a summary but the server sent {other.Name}.");
        }
    }

    /// <summary>
    /// After FAILURE the server answers IGNORED to everything until RESET (spec "Server state"):
    /// send RESET behind the pipelined requests, drain their replies, and return the error to throw.
    /// </summary>
    public async ValueTask<Exception> RecoverFromFailureAsync(FailureMessage failure, CancellationToken cancellationToken)
    {
        var error = failure.ToException();
        BoltTelemetry.ServerFailures.Add(1, new KeyValuePair<string, object?>("code", error.Code));
        try
        {
            await ResetAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is BoltException or OperationCanceledException)
        {
            MarkBroken();
        }

        return error;
    }

    /// <summary>RESET round trip: returns the connection to READY, discarding whatever was queued.</summary>
    public async ValueTask ResetAsync(CancellationToken cancellationToken)
    {
        Send(ResetMessage.Instance);
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        while (_pending > 0)
        {
            var message = await ReceiveAsync(cancellationToken).ConfigureAwait(false);
            if (_pending == 0 && message is not SuccessMessage)
            {
                MarkBroken();
                throw new BoltProtocolException($"RESET was answered with {message.Name}.");
            }
        }
    }
}
