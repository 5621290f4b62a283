using GeoGraph.Bolt.Errors;

namespace GeoGraph.Bolt.Messages;

/// <summary>
/// FAILURE <c>7F</c>: the request failed. Bolt 5.7+ names the code <c>neo4j_code</c> and adds GQL fields;
/// earlier versions send <c>code</c>; a missing code means an unknown database error.
/// </summary>
internal sealed record FailureMessage(IReadOnlyDictionary<string, object?> Metadata) : IResponseMessage
{
    public string Name => "FAILURE";

    public string Code => (Metadata.GetValueOrDefault("neo4j_code") ?? Metadata.GetValueOrDefault("code")) as string ?? Neo4jServerException.UnknownErrorCode;

    public string Message => Metadata.GetValueOrDefault("message") as string ?? string.Empty;

    public Neo4jServerException ToException() =>
        Neo4jServerException.Create(Code, Message, Metadata.GetValueOrDefault("gql_status") as string);
}
