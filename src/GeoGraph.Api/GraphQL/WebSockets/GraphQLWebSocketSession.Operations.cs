using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Transport;

namespace GeoGraph.Api.GraphQL.WebSockets;

internal sealed partial class GraphQLWebSocketSession
{
    private async Task SubscribeAsync(JsonObject message, CancellationToken cancellationToken)
    {
        if (!_acknowledged)
        {
            await CloseAsync(CloseCodes.Unauthorized, "Unauthorized").ConfigureAwait(false);
            return;
        }
        var id = message["id"] is JsonValue idValue && idValue.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;
        GraphQLRequest? request = null;
        if (id is not null && message["payload"] is JsonObject payload)
            request = Parse(payload);
        if (id is null || request?.Query is null)
        {
            await CloseAsync(CloseCodes.BadRequest, "Invalid subscribe message").ConfigureAwait(false);
            return;
        }

        var operation = new Operation(services.CreateAsyncScope(), CancellationTokenSource.CreateLinkedTokenSource(cancellationToken));
        lock (_lock)
        {
            if (!_operations.TryAdd(id, operation))
                operation = null;
        }
        if (operation is null)
        {
            await CloseAsync(CloseCodes.SubscriberExists, $"Subscriber for {id} already exists").ConfigureAwait(false);
            return;
        }
        _ = RunGuardedAsync(id, request, operation);
    }

    private async Task RunGuardedAsync(string id, GraphQLRequest request, Operation operation)
    {
        try
        {
            await RunOperationAsync(id, request, operation).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Forget(id);
        }
#pragma warning disable CA1031 // The operation runs detached from the receive loop: report its failure to the client and the log.
        catch (Exception error)
#pragma warning restore CA1031
        {
            LogOperationFailed(logger, error, id);
            SendNext(id, new ExecutionResult { Errors = [new ExecutionError("An internal error occurred; it has been logged.") { Code = ErrorMapping.InternalCode }] });
            Complete(id);
        }
    }

    private async Task RunOperationAsync(string id, GraphQLRequest request, Operation operation)
    {
        var caller = _caller!;
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = operation.Scope.ServiceProvider,
            UserContext = caller,
            CancellationToken = operation.Cancellation.Token,
        }).ConfigureAwait(false);

        if (!result.Executed)
        {
            Enqueue(new JsonObject { ["id"] = id, ["type"] = "error", ["payload"] = Serialize(result)["errors"]?.DeepClone() ?? new JsonArray() });
            Forget(id);
            return;
        }
        if (result.Streams is not { Count: > 0 } streams)
        {
            SendNext(id, result);
            Complete(id);
            return;
        }
        // A subscription selects exactly one root field, so there is one stream.
        operation.Subscription = streams.Values.First().Subscribe(new StreamObserver(this, id));
    }

    private void SendNext(string id, ExecutionResult result) =>
        Enqueue(new JsonObject { ["id"] = id, ["type"] = "next", ["payload"] = Serialize(result) });

    private void Complete(string id)
    {
        if (Forget(id))
            Enqueue(new JsonObject { ["id"] = id, ["type"] = "complete" });
    }

    /// <summary>The client's complete: stop the operation without answering.</summary>
    private void Stop(string id) => Forget(id);

    private bool Forget(string id)
    {
        Operation? operation;
        lock (_lock)
        {
            if (!_operations.Remove(id, out operation))
                return false;
        }
        operation.Dispose();
        return true;
    }

    private JsonObject Serialize(ExecutionResult result) => (JsonObject)JsonNode.Parse(serializer.Serialize(result))!;

    private GraphQLRequest? Parse(JsonObject payload)
    {
        try
        {
            return serializer.Deserialize<GraphQLRequest>(payload.ToJsonString());
        }
        catch (Exception error) when (error is System.Text.Json.JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    /// <summary>An operation's DI scope (its own loaders), cancellation and stream subscription.</summary>
    private sealed class Operation(AsyncServiceScope scope, CancellationTokenSource cancellation) : IDisposable
    {
        public AsyncServiceScope Scope { get; } = scope;

        public CancellationTokenSource Cancellation { get; } = cancellation;

        public IDisposable? Subscription { get; set; }

        public void Dispose()
        {
            Subscription?.Dispose();
            Cancellation.Cancel();
            Cancellation.Dispose();
            // Disposal of the scope's services is synchronous for everything this scope holds.
            Scope.Dispose();
        }
    }

    private sealed class StreamObserver(GraphQLWebSocketSession session, string id) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value) => session.SendNext(id, value);

        public void OnError(Exception error)
        {
            session.SendNext(id, new ExecutionResult { Errors = [new ExecutionError("The subscription stream failed.") { Code = ErrorMapping.InternalCode }] });
            session.Complete(id);
        }

        public void OnCompleted() => session.Complete(id);
    }
}
