using GeoGraph.Storage.Neo4j.Cypher;

namespace GeoGraph.Storage.Neo4j.Tests.Cypher;

public sealed class SchemaScriptTests
{
    [Fact]
    public void EverySchemaStatementMayRunOnEveryStart()
    {
        Assert.All(Neo4jSchema.Statements, s => Assert.Contains("IF NOT EXISTS", s.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void TheUniqueIdsAndFullTextIndexesAreInTheSchema()
    {
        var text = string.Join('\n', Neo4jSchema.Statements.Select(s => s.Text));

        foreach (var label in new[] { "Entity", "Article", "Claim", "Name", "AuditEntry", "Sequence" })
            Assert.Matches($@"CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \(\w+:{label}\) REQUIRE \w+\.\w+ IS UNIQUE", text);
        Assert.Contains("CREATE FULLTEXT INDEX entity_names", text, StringComparison.Ordinal);
        Assert.Contains("CREATE FULLTEXT INDEX claim_text", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AScriptIsCutAtTheSemicolonsEndingLinesAndLosesItsComments()
    {
        var statements = SchemaScripts.Split("// about\nCREATE INDEX a IF NOT EXISTS\nFOR (n:A) ON (n.x);\n\nCREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y);\n");

        Assert.Equal(["CREATE INDEX a IF NOT EXISTS\nFOR (n:A) ON (n.x)", "CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y)"], statements);
    }

    [Fact]
    public void TheSchemaFilesApplyInNameOrder()
    {
        var files = Neo4jSchema.Statements.Select(s => s.Name.Split('#')[0]).Distinct();

        Assert.Equal(["001_constraints", "002_indexes", "003_fulltext"], files);
    }
}
