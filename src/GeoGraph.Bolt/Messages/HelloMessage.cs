using GeoGraph.Bolt.PackStream;

namespace GeoGraph.Bolt.Messages;

/// <summary>HELLO <c>01</c>: the first message; <c>extra</c> names the client and (up to 5.0) carries the auth token.</summary>
internal sealed record HelloMessage(IReadOnlyDictionary<string, object?> Extra) : IRequestMessage
{
    public string Name => "HELLO";

    public void Write(PackStreamWriter writer)
    {
        writer.WriteStructureHeader(1, MessageSignature.Hello);
        writer.WriteMap(Extra);
    }
}
