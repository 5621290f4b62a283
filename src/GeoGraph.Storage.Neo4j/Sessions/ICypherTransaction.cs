using GeoGraph.Storage.Neo4j.Cypher;

namespace GeoGraph.Storage.Neo4j.Sessions;

/// <summary>One open transaction: runs statements and hands back their rows, fully read.</summary>
internal interface ICypherTransaction
{
    Task<IReadOnlyList<Row>> RunAsync(CypherQuery query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken);
}
