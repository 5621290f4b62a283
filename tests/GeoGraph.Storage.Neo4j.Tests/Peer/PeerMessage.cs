namespace GeoGraph.Storage.Neo4j.Tests.Peer;

/// <summary>A client message the peer received: its name and fields.</summary>
internal sealed record PeerMessage(string Name, IReadOnlyList<object?> Fields)
{
    /// <summary>The query text of a RUN.</summary>
    public string Query => (string)Fields[0]!;

    /// <summary>The parameters of a RUN.</summary>
    public IReadOnlyDictionary<string, object?> Parameters => (IReadOnlyDictionary<string, object?>)Fields[1]!;

    /// <summary>The extra map of BEGIN.</summary>
    public IReadOnlyDictionary<string, object?> Extra => (IReadOnlyDictionary<string, object?>)Fields[0]!;
}
