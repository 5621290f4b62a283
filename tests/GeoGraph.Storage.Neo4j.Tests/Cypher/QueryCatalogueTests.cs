using GeoGraph.Core.Storage;
using GeoGraph.Storage.Neo4j.Cypher;
using GeoGraph.Storage.Neo4j.Tests.Support;

namespace GeoGraph.Storage.Neo4j.Tests.Cypher;

/// <summary>Every port method runs statements from the resource files, with exactly the parameters each statement reads.</summary>
public sealed class QueryCatalogueTests
{
    public static TheoryData<string> PortMethods => [.. PortCalls.All.Keys];

    [Fact]
    public void TheCallTableCoversEveryPortMethod()
    {
        var methods = typeof(IGraphStore).GetMethods().Select(m => $"{m.Name}/{m.GetParameters().Length}").Order(StringComparer.Ordinal);

        Assert.Equal(methods, PortCalls.All.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(PortMethods))]
    public async Task EveryPortMethodRunsStatementsFromTheResourceFiles(string method)
    {
        var session = CannedRows.Session();

        await PortCalls.All[method](StoreFactory.Over(session), TestContext.Current.CancellationToken);

        Assert.NotEmpty(session.Runs);
        Assert.All(session.Runs, run => Assert.Contains(run.Query, Queries.All));
    }

    [Theory]
    [MemberData(nameof(PortMethods))]
    public async Task EveryStatementGetsExactlyTheParametersItReads(string method)
    {
        var session = CannedRows.Session();

        await PortCalls.All[method](StoreFactory.Over(session), TestContext.Current.CancellationToken);

        Assert.All(session.Runs, run => Assert.Equal(
            CypherText.Parameters(run.Query.Text).Order(StringComparer.Ordinal),
            run.Parameters.Keys.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task EveryStatementIsRunBySomePortMethodOrTheSchema()
    {
        var session = await EveryPortMethodRunAsync();

        await new Neo4jSchema(session, TimeSpan.FromSeconds(5), Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance).InitialiseAsync(TestContext.Current.CancellationToken);

        Assert.Equal(Queries.All.Select(q => q.Name).Order(StringComparer.Ordinal), session.Runs.Select(r => r.Query.Name).Where(n => !n.Contains('#', StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryEmbeddedStatementFileIsInTheCatalogue()
    {
        var files = CypherResources.Names.Where(n => n.StartsWith("Cypher/", StringComparison.Ordinal)).Select(n => n["Cypher/".Length..^".cypher".Length]);

        Assert.Equal(files.Order(StringComparer.Ordinal), Queries.All.Select(q => q.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task WritingStatementsRunOnlyInWriteTransactions()
    {
        var session = await EveryPortMethodRunAsync();

        var writing = new[] { "Import/", "Curation/", "Derived/" };
        Assert.All(session.Runs.Where(r => writing.Any(w => r.Query.Name.StartsWith(w, StringComparison.Ordinal))), r => Assert.Equal("write", r.Mode));
    }

    private static async Task<RecordingSession> EveryPortMethodRunAsync()
    {
        var session = CannedRows.Session();
        var store = StoreFactory.Over(session);
        foreach (var call in PortCalls.All.Values)
            await call(store, TestContext.Current.CancellationToken);
        return session;
    }
}
