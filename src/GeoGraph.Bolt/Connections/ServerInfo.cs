namespace GeoGraph.Bolt.Connections;

/// <summary>The server a connection reached and what it negotiated.</summary>
/// <param name="Address">The server's address.</param>
/// <param name="ProtocolVersion">The negotiated Bolt version.</param>
/// <param name="Agent">The server's agent string from HELLO, e.g. <c>Neo4j/5.26.0</c>.</param>
public sealed record ServerInfo(ServerAddress Address, BoltVersion ProtocolVersion, string? Agent)
{
    internal static ServerInfo Of(BoltConnection connection) => new(connection.Address, connection.Version, connection.ServerAgent);
}
