using GeoGraph.Bolt.PackStream;

namespace GeoGraph.Bolt.Messages;

/// <summary>RUN <c>10</c>: a query, its parameters (always a map, never spliced into the text) and <c>extra</c>.</summary>
internal sealed record RunMessage(string Query, IReadOnlyDictionary<string, object?> Parameters, IReadOnlyDictionary<string, object?> Extra) : IRequestMessage
{
    public string Name => "RUN";

    public void Write(PackStreamWriter writer)
    {
        writer.WriteStructureHeader(3, MessageSignature.Run);
        writer.WriteString(Query);
        writer.WriteMap(Parameters);
        writer.WriteMap(Extra);
    }
}
