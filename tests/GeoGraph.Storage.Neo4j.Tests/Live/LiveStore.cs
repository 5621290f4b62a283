using GeoGraph.Bolt;
using GeoGraph.Storage.Neo4j.Sessions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GeoGraph.Storage.Neo4j.Tests.Live;

/// <summary>Opens the store on the live server: the schema once per process, an empty database per test.</summary>
internal static class LiveStore
{
    private const string DeleteEverything = "MATCH (n) DETACH DELETE n";

    private static readonly SemaphoreSlim SchemaGate = new(1, 1);
    private static bool _schemaApplied;

    /// <summary>Skips the calling test, with the reason, when there is no server.</summary>
    public static async Task<BoltDriver> EmptyDatabaseAsync(LiveNeo4j neo4j, CancellationToken cancellationToken)
    {
        if (neo4j.Driver is null)
            Assert.Skip($"Live Neo4j tests skipped: {neo4j.Unavailable} Set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) to run them.");

        await EnsureSchemaAsync(neo4j, cancellationToken);
        await neo4j.Driver.ExecuteWriteAsync(async tx => await (await tx.RunAsync(DeleteEverything, cancellationToken: cancellationToken)).ConsumeAsync(cancellationToken), cancellationToken: cancellationToken);
        return neo4j.Driver;
    }

    public static Neo4jGraphStore Open(LiveNeo4j neo4j) =>
        new(neo4j.Driver!, Options.Create(neo4j.Options!), NullLogger<Neo4jGraphStore>.Instance);

    private static async Task EnsureSchemaAsync(LiveNeo4j neo4j, CancellationToken cancellationToken)
    {
        await SchemaGate.WaitAsync(cancellationToken);
        try
        {
            if (_schemaApplied)
                return;
            var session = new BoltCypherSession(neo4j.Driver!, neo4j.Options!.TransactionConfig());
            await new Neo4jSchema(session, TimeSpan.FromMinutes(2), NullLogger.Instance).InitialiseAsync(cancellationToken);
            _schemaApplied = true;
        }
        finally
        {
            SchemaGate.Release();
        }
    }
}
