using GeoGraph.Core.Storage;
using GeoGraph.Storage.Contract;

namespace GeoGraph.Storage.Neo4j.Tests.Live;

/// <summary>
/// Rung 5: the store contract, the same assertions the SQLite store passes, against a real Neo4j (see
/// <see cref="LiveNeo4j"/>). Each test starts from an empty database. Without a server every test of
/// the class is reported as skipped, with the reason.
/// </summary>
[Collection(LiveNeo4jServer.Name)]
public sealed class Neo4jGraphStoreContractTests(LiveNeo4j neo4j) : GraphStoreContract, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await LiveStore.EmptyDatabaseAsync(neo4j, Token);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    protected override Task<IGraphStore> NewStoreAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IGraphStore>(LiveStore.Open(neo4j));
}
