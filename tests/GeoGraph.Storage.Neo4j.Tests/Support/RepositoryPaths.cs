using GeoGraph.Testing;

namespace GeoGraph.Storage.Neo4j.Tests.Support;

/// <summary>Folders of the repository this project's tests read.</summary>
internal static class RepositoryPaths
{
    public static string Root => RepositoryFiles.Root;

    public static string TestProject => RepositoryFiles.PathOf("tests", "GeoGraph.Storage.Neo4j.Tests");

    public static string Statements => RepositoryFiles.PathOf("src", "GeoGraph.Storage.Neo4j", "Cypher");

    public static string Schema => RepositoryFiles.PathOf("schema", "neo4j");
}
