using System.Reflection;

namespace GeoGraph.Storage.Neo4j.Cypher;

/// <summary>Reads the <c>.cypher</c> files embedded in this assembly (see the project file for their names).</summary>
internal static class CypherResources
{
    private static readonly Assembly Assembly = typeof(CypherResources).Assembly;

    /// <summary>Every embedded resource name, with '/' separators whatever the build machine used.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. Assembly.GetManifestResourceNames().Select(n => n.Replace('\\', '/')).Order(StringComparer.Ordinal)];

    public static string Read(string name)
    {
        var actual = Assembly.GetManifestResourceNames().FirstOrDefault(n => n.Replace('\\', '/') == name)
            ?? throw new InvalidOperationException($"The Cypher resource '{name}' is not embedded in {Assembly.GetName().Name}.");
        using var stream = Assembly.GetManifestResourceStream(actual)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
