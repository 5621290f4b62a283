using GeoGraph.Bolt.PackStream;

namespace GeoGraph.Bolt.Messages;

/// <summary>TELEMETRY <c>54</c> (5.4+): which driver API started the next unit of work (0 = managed transaction).</summary>
internal sealed record TelemetryMessage(long Api) : IRequestMessage
{
    public const long ManagedTransaction = 0;

    public string Name => "TELEMETRY";

    public void Write(PackStreamWriter writer)
    {
        writer.WriteStructureHeader(1, MessageSignature.Telemetry);
        writer.WriteInteger(Api);
    }
}
