using GeoGraph.Bolt.PackStream;

namespace GeoGraph.Bolt.Messages;

/// <summary>ROLLBACK <c>13</c>: rolls the open transaction back.</summary>
internal sealed class RollbackMessage : IRequestMessage
{
    public static readonly RollbackMessage Instance = new();

    private RollbackMessage()
    {
    }

    public string Name => "ROLLBACK";

    public void Write(PackStreamWriter writer) => writer.WriteStructureHeader(0, MessageSignature.Rollback);
}
