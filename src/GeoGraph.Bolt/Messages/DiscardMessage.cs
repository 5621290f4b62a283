using GeoGraph.Bolt.PackStream;

namespace GeoGraph.Bolt.Messages;

/// <summary>DISCARD <c>2F</c>: drops up to <see cref="N"/> records (−1 = all) of stream <see cref="Qid"/>, keeping only the summary.</summary>
internal sealed record DiscardMessage(long N, long Qid = -1) : IRequestMessage
{
    public string Name => "DISCARD";

    public void Write(PackStreamWriter writer)
    {
        writer.WriteStructureHeader(1, MessageSignature.Discard);
        StreamWindow.Write(writer, N, Qid);
    }
}
