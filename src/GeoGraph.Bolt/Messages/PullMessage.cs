using GeoGraph.Bolt.PackStream;

namespace GeoGraph.Bolt.Messages;

/// <summary>PULL <c>3F</c>: asks for up to <see cref="N"/> records (−1 = all) of stream <see cref="Qid"/> (−1 = the last one run).</summary>
internal sealed record PullMessage(long N, long Qid = -1) : IRequestMessage
{
    public string Name => "PULL";

    public void Write(PackStreamWriter writer)
    {
        writer.WriteStructureHeader(1, MessageSignature.Pull);
        StreamWindow.Write(writer, N, Qid);
    }
}
