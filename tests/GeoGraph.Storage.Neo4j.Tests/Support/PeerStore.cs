using GeoGraph.Bolt;
using GeoGraph.Bolt.Transactions;
using GeoGraph.Storage.Neo4j.Sessions;
using GeoGraph.Storage.Neo4j.Tests.Peer;
using Microsoft.Extensions.Logging.Abstractions;

namespace GeoGraph.Storage.Neo4j.Tests.Support;

/// <summary>The store over a real GeoGraph.Bolt driver talking to a <see cref="ScriptedNeo4j"/>, with quick retries.</summary>
internal sealed class PeerStore : IAsyncDisposable
{
    private readonly BoltDriver _driver;

    public PeerStore(ScriptedNeo4j peer)
    {
        _driver = BoltDriver.Create(new BoltDriverOptions
        {
            Uri = peer.Uri,
            User = "neo4j",
            Password = "test-password",
            UseManifestHandshake = false,
            InitialRetryDelay = TimeSpan.FromMilliseconds(10),
            MaxTransactionRetryTime = TimeSpan.FromSeconds(10),
        });
        Store = new Neo4jGraphStore(new BoltCypherSession(_driver, new TransactionConfig()), NullLogger.Instance, TimeProvider.System);
    }

    public Neo4jGraphStore Store { get; }

    public ValueTask DisposeAsync() => _driver.DisposeAsync();
}
