namespace GeoGraph.Storage.Neo4j.Cypher;

/// <summary>
/// The embedded <c>schema/neo4j/*.cypher</c> files, in file name order, cut into statements at the
/// semicolons that end lines (the files keep semicolons out of comments and strings).
/// </summary>
internal static class SchemaScripts
{
    public static IEnumerable<CypherQuery> Load()
    {
        foreach (var resource in CypherResources.Names.Where(n => n.StartsWith("Schema/", StringComparison.Ordinal)))
        {
            var statements = Split(CypherResources.Read(resource));
            for (var i = 0; i < statements.Count; i++)
                yield return new CypherQuery($"{Path.GetFileNameWithoutExtension(resource)}#{i + 1}", statements[i]);
        }
    }

    public static List<string> Split(string script)
    {
        var statements = new List<string>();
        var current = new List<string>();
        foreach (var line in script.Split('\n'))
        {
            var trimmed = line.TrimEnd();
            if (trimmed.TrimStart().StartsWith("//", StringComparison.Ordinal) || trimmed.Length == 0)
                continue;
            var ends = trimmed.EndsWith(';');
            current.Add(ends ? trimmed[..^1] : trimmed);
            if (ends)
            {
                statements.Add(string.Join('\n', current));
                current.Clear();
            }
        }

        if (current.Count > 0)
            statements.Add(string.Join('\n', current));
        return statements;
    }
}
