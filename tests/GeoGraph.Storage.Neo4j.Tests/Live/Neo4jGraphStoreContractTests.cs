using GeoGraph.Core.Storage;
using GeoGraph.Storage.Contract;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GeoGraph.Storage.Neo4j.Tests.Live;

/// <summary>
/// Rung 5: the store contract, the same assertions the SQLite store passes, against a real Neo4j (see
/// <see cref="LiveNeo4j"/>). Each test starts from an empty database. Without a server every test of
/// the class is reported as skipped, with the reason.
/// </summary>
public sealed class Neo4jGraphStoreContractTests(LiveNeo4j neo4j) : GraphStoreContract, IClassFixture<LiveNeo4j>, IAsyncLifetime
{
    private const string DeleteEverything = "MATCH (n) DETACH DELETE n";

    private static readonly SemaphoreSlim SchemaGate = new(1, 1);
    private static bool _schemaApplied;

    public async ValueTask InitializeAsync()
    {
        if (neo4j.Driver is null)
            Assert.Skip($"Live Neo4j contract suite skipped: {neo4j.Unavailable} Set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) to run it.");

        await EnsureSchemaAsync(neo4j.Driver);
        await neo4j.Driver.ExecuteWriteAsync(async tx => await (await tx.RunAsync(DeleteEverything, cancellationToken: Token)).ConsumeAsync(Token), cancellationToken: Token);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    protected override Task<IGraphStore> NewStoreAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IGraphStore>(new Neo4jGraphStore(neo4j.Driver!, Options.Create(neo4j.Options!), NullLogger<Neo4jGraphStore>.Instance));

    private async Task EnsureSchemaAsync(GeoGraph.Bolt.BoltDriver driver)
    {
        await SchemaGate.WaitAsync(Token);
        try
        {
            if (_schemaApplied)
                return;
            var session = new Sessions.BoltCypherSession(driver, neo4j.Options!.TransactionConfig());
            await new Neo4jSchema(session, TimeSpan.FromMinutes(2), NullLogger.Instance).InitialiseAsync(Token);
            _schemaApplied = true;
        }
        finally
        {
            SchemaGate.Release();
        }
    }
}
