using GeoGraph.Bolt.PackStream;

namespace GeoGraph.Bolt.Messages;

/// <summary>LOGOFF <c>6B</c> (5.1+): drops the connection's authentication.</summary>
internal sealed class LogoffMessage : IRequestMessage
{
    public static readonly LogoffMessage Instance = new();

    private LogoffMessage()
    {
    }

    public string Name => "LOGOFF";

    public void Write(PackStreamWriter writer) => writer.WriteStructureHeader(0, MessageSignature.Logoff);
}
