using GeoGraph.Bolt.Errors;
using GeoGraph.Bolt.Messages;
using GeoGraph.Bolt.PackStream;

namespace GeoGraph.Bolt.Connections;

/// <summary>
/// Initialisation: HELLO, plus LOGON on 5.1+ (pipelined); the auth token rides in HELLO on 5.0 and 4.4.
/// A failure here leaves the server closing the socket, so the connection is never reset.
/// </summary>
internal sealed partial class BoltConnection
{
    private TimeSpan? _receiveTimeoutHint;

    /// <summary>The read timeout, tightened by the server's promise to send something every <c>connection.recv_timeout_seconds</c>.</summary>
    private TimeSpan EffectiveReadTimeout =>
        _receiveTimeoutHint is { } hint && (_settings.ReadTimeout == Timeout.InfiniteTimeSpan || hint < _settings.ReadTimeout)
            ? hint + TimeSpan.FromSeconds(1)
            : _settings.ReadTimeout;

    private async ValueTask HelloAsync(CancellationToken cancellationToken)
    {
        var extra = new Dictionary<string, object?> { ["user_agent"] = _settings.UserAgent };
        if (_settings.RoutingContext is not null)
        {
            extra["routing"] = _settings.RoutingContext;
        }

        if (Version.IsAtLeast(BoltVersion.Bolt53))
        {
            extra["bolt_agent"] = BoltAgent.Map;
        }

        if (Version.Major == 4)
        {
            extra["patch_bolt"] = new[] { "utc" };
        }

        var separateLogon = Version.IsAtLeast(BoltVersion.Bolt51);
        if (!separateLogon)
        {
            foreach (var (key, value) in _settings.AuthToken)
            {
                extra[key] = value;
            }
        }

        Send(new HelloMessage(extra));
        if (separateLogon)
        {
            Send(new LogonMessage(_settings.AuthToken));
        }

        await FlushAsync(cancellationToken).ConfigureAwait(false);
        var hello = await ExpectInitialSuccessAsync(cancellationToken).ConfigureAwait(false);
        ServerAgent = hello.Get<string>("server");
        ConnectionId = hello.Get<string>("connection_id");
        if (hello.Get<IReadOnlyDictionary<string, object?>>("hints")?.GetValueOrDefault("connection.recv_timeout_seconds") is long seconds and > 0)
        {
            _receiveTimeoutHint = TimeSpan.FromSeconds(seconds);
        }

        if (Version.Major == 4 && hello.Get<object?[]>("patch_bolt") is { } patches && patches.Contains("utc"))
        {
            _writer.Dialect = _reader.Dialect = PackStreamDialect.Bolt44(utcPatch: true);
        }

        if (separateLogon)
        {
            await ExpectInitialSuccessAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask<SuccessMessage> ExpectInitialSuccessAsync(CancellationToken cancellationToken)
    {
        switch (await ReceiveAsync(cancellationToken).ConfigureAwait(false))
        {
            case SuccessMessage success:
                return success;
            case FailureMessage failure:
                MarkBroken();
                throw failure.ToException();
            case var other:
                MarkBroken();
                throw new BoltProtocolException($"Unexpected {other.Name} while initialising the connection.");
        }
    }
}
