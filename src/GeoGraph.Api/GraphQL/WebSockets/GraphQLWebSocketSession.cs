using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using GeoGraph.Api.Security;
using GraphQL;

namespace GeoGraph.Api.GraphQL.WebSockets;

/// <summary>
/// One WebSocket connection: connection_init/ack, ping/pong, and any number of concurrent operations
/// (subscribe → next… → complete). Outgoing messages go through one queue, so sends never interleave.
/// </summary>
internal sealed partial class GraphQLWebSocketSession(
    WebSocket socket,
    IServiceProvider services,
    IDocumentExecuter<GeoGraphSchema> executer,
    IGraphQLTextSerializer serializer,
    GraphQLOptions options,
    ILogger logger,
    CallerContext? caller,
    Func<IReadOnlyDictionary<string, string>, CallerContext?> authenticate)
{
    private readonly Channel<string> _outbox = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Dictionary<string, Operation> _operations = [];
    private readonly Lock _lock = new();
    private CallerContext? _caller = caller;
    private bool _acknowledged;

    public async Task RunAsync(CancellationToken aborted)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        var sender = SendLoopAsync(stop.Token);
        try
        {
            await ReceiveLoopAsync(stop.Token).ConfigureAwait(false);
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException)
        {
            LogConnectionEnded(logger, error.Message);
        }
        finally
        {
            lock (_lock)
            {
                foreach (var operation in _operations.Values)
                    operation.Dispose();
                _operations.Clear();
            }
            _outbox.Writer.TryComplete();
            await stop.CancelAsync().ConfigureAwait(false);
            await sender.ConfigureAwait(false);
        }
    }

    private async Task ReceiveLoopAsync(CancellationToken cancellationToken)
    {
        using var initTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(options.ConnectionInitTimeoutSeconds));
        _ = initTimeout.Token.Register(() =>
        {
            if (!Volatile.Read(ref _acknowledged))
                _ = CloseAsync(CloseCodes.InitTimeout, "Connection initialisation timeout");
        });
        while (socket.State == WebSocketState.Open)
        {
            var text = await ReceiveTextAsync(cancellationToken).ConfigureAwait(false);
            if (text is null)
                return;
            await HandleAsync(text, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task HandleAsync(string text, CancellationToken cancellationToken)
    {
        JsonObject? message;
        try
        {
            message = JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            message = null;
        }
        var type = message?["type"] is JsonValue value && value.TryGetValue<string>(out var name) ? name : null;
        switch (type)
        {
            case "connection_init":
                await InitialiseAsync(message!["payload"] as JsonObject).ConfigureAwait(false);
                break;
            case "ping":
                Enqueue(new JsonObject { ["type"] = "pong" });
                break;
            case "pong":
                break;
            case "subscribe":
                await SubscribeAsync(message!, cancellationToken).ConfigureAwait(false);
                break;
            case "complete":
                if (message!["id"]?.GetValue<string>() is { } id)
                    Stop(id);
                break;
            default:
                await CloseAsync(CloseCodes.BadRequest, type is null ? "Invalid message" : $"Unknown message type '{type}'").ConfigureAwait(false);
                break;
        }
    }

    private async Task InitialiseAsync(JsonObject? payload)
    {
        if (_acknowledged)
        {
            await CloseAsync(CloseCodes.TooManyInits, "Too many initialisation requests").ConfigureAwait(false);
            return;
        }
        if (payload is not null && authenticate(Strings(payload)) is { } fromPayload)
            _caller = fromPayload;
        if (_caller is null)
        {
            await CloseAsync(CloseCodes.Forbidden, "Forbidden").ConfigureAwait(false);
            return;
        }
        Volatile.Write(ref _acknowledged, true);
        Enqueue(new JsonObject { ["type"] = "connection_ack" });
    }

    private async Task<string?> ReceiveTextAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (received.MessageType == WebSocketMessageType.Close)
                return null;
            message.Write(buffer, 0, received.Count);
            if (message.Length > options.MaxRequestBytes)
            {
                await CloseAsync(WebSocketCloseStatus.MessageTooBig, "Message too big").ConfigureAwait(false);
                return null;
            }
            if (received.EndOfMessage)
                return Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
        }
    }

    private void Enqueue(JsonObject message) => _outbox.Writer.TryWrite(message.ToJsonString());

    private async Task SendLoopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var text in _outbox.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                if (socket.State != WebSocketState.Open)
                    return;
                await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException)
        {
            LogConnectionEnded(logger, error.Message);
        }
    }

    private async Task CloseAsync(WebSocketCloseStatus status, string reason)
    {
        _outbox.Writer.TryComplete();
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            await socket.CloseOutputAsync(status, reason, CancellationToken.None).ConfigureAwait(false);
    }

    private static Dictionary<string, string> Strings(JsonObject payload) =>
        payload.Where(p => p.Value is JsonValue v && v.TryGetValue<string>(out _))
            .ToDictionary(p => p.Key, p => p.Value!.GetValue<string>(), StringComparer.OrdinalIgnoreCase);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Error, Message = "GraphQL WebSocket operation {OperationId} failed")]
    private static partial void LogOperationFailed(ILogger logger, Exception error, string operationId);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Debug, Message = "GraphQL WebSocket connection ended: {Reason}")]
    private static partial void LogConnectionEnded(ILogger logger, string reason);
}
