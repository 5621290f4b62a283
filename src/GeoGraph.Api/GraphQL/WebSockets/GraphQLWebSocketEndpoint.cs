using GeoGraph.Api.Security;
using GraphQL;
using Microsoft.Extensions.Options;

namespace GeoGraph.Api.GraphQL.WebSockets;

/// <summary>
/// GraphQL over WebSocket at /graphql with the graphql-transport-ws subprotocol (what the npm graphql-ws
/// client speaks). Credentials come from the upgrade request's headers or the connection_init payload.
/// </summary>
internal sealed class GraphQLWebSocketEndpoint(
    CallerResolver callers,
    ApiKeyVerifier keys,
    IDocumentExecuter<GeoGraphSchema> executer,
    IGraphQLTextSerializer serializer,
    IOptions<GraphQLOptions> options,
    ILogger<GraphQLWebSocketSession> logger)
{
    public const string SubProtocol = "graphql-transport-ws";

    public async Task HandleAsync(HttpContext context)
    {
        if (!context.WebSockets.WebSocketRequestedProtocols.Contains(SubProtocol))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync($"Use the {SubProtocol} subprotocol.", context.RequestAborted).ConfigureAwait(false);
            return;
        }
        var (caller, refusal) = callers.Resolve(context);
        if (refusal is "INVALID_CREDENTIALS" or "FORBIDDEN")
        {
            context.Response.StatusCode = refusal == "FORBIDDEN" ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync(SubProtocol).ConfigureAwait(false);
        var session = new GraphQLWebSocketSession(socket, context.RequestServices, executer, serializer, options.Value, logger,
            caller, payload => AuthenticateFromPayload(payload));
        await session.RunAsync(context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Browsers cannot set headers on a WebSocket: the API key may come in connection_init instead.</summary>
    private CallerContext? AuthenticateFromPayload(IReadOnlyDictionary<string, string> payload)
    {
        var key = payload.GetValueOrDefault("apiKey") ?? payload.GetValueOrDefault(ApiKeyAuthenticationHandler.HeaderName);
        if (key is null)
            return null;
        var principal = keys.Verify(key, ApiKeyAuthenticationHandler.SchemeName, out _);
        return principal is null ? null : callers.Resolve(principal, credentialsPresented: true).Caller;
    }
}
