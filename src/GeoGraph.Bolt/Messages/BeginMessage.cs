using GeoGraph.Bolt.PackStream;

namespace GeoGraph.Bolt.Messages;

/// <summary>BEGIN <c>11</c>: opens an explicit transaction; <c>extra</c> holds bookmarks, tx_timeout, tx_metadata, mode and db.</summary>
internal sealed record BeginMessage(IReadOnlyDictionary<string, object?> Extra) : IRequestMessage
{
    public string Name => "BEGIN";

    public void Write(PackStreamWriter writer)
    {
        writer.WriteStructureHeader(1, MessageSignature.Begin);
        writer.WriteMap(Extra);
    }
}
