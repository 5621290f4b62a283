using GeoGraph.Bolt.PackStream;

namespace GeoGraph.Bolt.Messages;

/// <summary>COMMIT <c>12</c>: commits the open transaction; SUCCESS carries the bookmark.</summary>
internal sealed class CommitMessage : IRequestMessage
{
    public static readonly CommitMessage Instance = new();

    private CommitMessage()
    {
    }

    public string Name => "COMMIT";

    public void Write(PackStreamWriter writer) => writer.WriteStructureHeader(0, MessageSignature.Commit);
}
