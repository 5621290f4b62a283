using GeoGraph.Bolt.PackStream;

namespace GeoGraph.Bolt.Messages;

/// <summary>GOODBYE <c>02</c>: tells the server the client is leaving; it gets no reply.</summary>
internal sealed class GoodbyeMessage : IRequestMessage
{
    public static readonly GoodbyeMessage Instance = new();

    private GoodbyeMessage()
    {
    }

    public string Name => "GOODBYE";

    public bool ExpectsResponse => false;

    public void Write(PackStreamWriter writer) => writer.WriteStructureHeader(0, MessageSignature.Goodbye);
}
