namespace GeoGraph.Storage.Neo4j.Tests.Live;

/// <summary>The live test classes share one server and empty it per test, so they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class LiveNeo4jServer : ICollectionFixture<LiveNeo4j>
{
    public const string Name = "Live Neo4j";
}
