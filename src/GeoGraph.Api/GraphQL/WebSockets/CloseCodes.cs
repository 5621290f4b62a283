using System.Net.WebSockets;

namespace GeoGraph.Api.GraphQL.WebSockets;

/// <summary>The close codes of the graphql-transport-ws protocol.</summary>
internal static class CloseCodes
{
    public const WebSocketCloseStatus BadRequest = (WebSocketCloseStatus)4400;
    public const WebSocketCloseStatus Unauthorized = (WebSocketCloseStatus)4401;
    public const WebSocketCloseStatus Forbidden = (WebSocketCloseStatus)4403;
    public const WebSocketCloseStatus InitTimeout = (WebSocketCloseStatus)4408;
    public const WebSocketCloseStatus SubscriberExists = (WebSocketCloseStatus)4409;
    public const WebSocketCloseStatus TooManyInits = (WebSocketCloseStatus)4429;
}
