namespace GeoGraph.Storage.Neo4j.Tests.Peer;

/// <summary>How the peer answers one RUN: with columns and rows, or with a FAILURE carrying a Neo4j code.</summary>
internal sealed record PeerReply(IReadOnlyList<string> Fields, IReadOnlyList<object?[]> Rows, string? FailureCode = null)
{
    public static PeerReply Empty { get; } = new([], []);

    public static PeerReply Row(params (string Field, object? Value)[] values) => new([.. values.Select(v => v.Field)], [[.. values.Select(v => v.Value)]]);

    public static PeerReply Failure(string code) => new([], [], code);
}
