using GeoGraph.Bolt.PackStream;

namespace GeoGraph.Bolt.Messages;

/// <summary>LOGON <c>6A</c> (5.1+): authenticates the connection with an auth map (scheme, principal, credentials).</summary>
internal sealed record LogonMessage(IReadOnlyDictionary<string, object?> Auth) : IRequestMessage
{
    public string Name => "LOGON";

    public void Write(PackStreamWriter writer)
    {
        writer.WriteStructureHeader(1, MessageSignature.Logon);
        writer.WriteMap(Auth);
    }
}
