namespace GeoGraph.Storage.Neo4j.Cypher;

/// <summary>One Cypher statement, as its resource file holds it; values always travel as parameters.</summary>
/// <param name="Name">The file's path under <c>Cypher/</c> without the extension: <c>Import/MergeArticle</c>.</param>
public sealed record CypherQuery(string Name, string Text)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}
