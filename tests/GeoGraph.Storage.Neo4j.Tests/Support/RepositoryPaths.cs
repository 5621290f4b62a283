namespace GeoGraph.Storage.Neo4j.Tests.Support;

/// <summary>Folders of the repository, found from the test binaries upwards.</summary>
internal static class RepositoryPaths
{
    public static string TestProject { get; } = Find("GeoGraph.Storage.Neo4j.Tests.csproj");

    public static string Root { get; } = Path.GetFullPath(Path.Combine(TestProject, "..", ".."));

    public static string Statements => Path.Combine(Root, "src", "GeoGraph.Storage.Neo4j", "Cypher");

    public static string Schema => Path.Combine(Root, "schema", "neo4j");

    private static string Find(string marker)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, marker)))
                return directory.FullName;
        }

        throw new DirectoryNotFoundException($"Could not find {marker} above {AppContext.BaseDirectory}.");
    }
}
