using GeoGraph.Bolt.PackStream;

namespace GeoGraph.Bolt.Messages;

/// <summary>RESET <c>0F</c>: interrupts and clears the connection back to READY (answers IGNORED to everything queued before it).</summary>
internal sealed class ResetMessage : IRequestMessage
{
    public static readonly ResetMessage Instance = new();

    private ResetMessage()
    {
    }

    public string Name => "RESET";

    public void Write(PackStreamWriter writer) => writer.WriteStructureHeader(0, MessageSignature.Reset);
}
