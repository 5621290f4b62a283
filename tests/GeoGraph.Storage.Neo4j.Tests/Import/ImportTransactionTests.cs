using GeoGraph.Core.Model;
using GeoGraph.Storage.Contract.Support;
using GeoGraph.Storage.Neo4j.Cypher;
using GeoGraph.Storage.Neo4j.Tests.Peer;
using GeoGraph.Storage.Neo4j.Tests.Support;

namespace GeoGraph.Storage.Neo4j.Tests.Import;

/// <summary>
/// Rung 3: what an import says on the wire, through GeoGraph.Bolt to a scripted Bolt peer. One article is
/// one write transaction (BEGIN, then each statement as RUN + PULL, then COMMIT) whose statements are the
/// resource files verbatim with every value in the parameters; a transient failure re-runs it whole.
/// </summary>
public sealed class ImportTransactionTests
{
    private static readonly string[] ImportStatements =
    [
        "Import/MergeArticle", "Import/MergeEntities", "Derived/RefreshSearchNames", "Import/FindMissingEntities",
        "Import/LinkAffiliations", "Import/CreateClaims", "Import/LinkClaims", "Import/CreateAssertions", "Derived/RecomputeRelations",
    ];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnImportIsOneWriteTransactionOfTheImportStatements()
    {
        await using var peer = new ScriptedNeo4j(Respond(created: true));
        await using (var client = new PeerStore(peer))
        {
            var result = await client.Store.ImportAsync(SampleArticles.First(), Token);

            Assert.True(result.Created);
        }

        var conversation = Conversation(peer);
        Assert.Equal(["BEGIN", .. ImportStatements.SelectMany(_ => new[] { "RUN", "PULL" }), "COMMIT"], conversation.Select(m => m.Name));
        Assert.False(conversation[0].Extra.ContainsKey("mode"));
        Assert.Equal(ImportStatements, Runs(peer).Select(NameOf));
        Assert.Empty(peer.Errors);
    }

    [Fact]
    public async Task EveryImportStatementIsItsResourceTextWithItsParametersAlongside()
    {
        await using var peer = new ScriptedNeo4j(Respond(created: true));
        await using (var client = new PeerStore(peer))
            await client.Store.ImportAsync(SampleArticles.First(), Token);

        Assert.All(Runs(peer), run =>
        {
            var query = Queries.All.Single(q => q.Text == run.Query);
            Assert.Equal(CypherText.Parameters(query.Text).Order(StringComparer.Ordinal), run.Parameters.Keys.Order(StringComparer.Ordinal));
        });
    }

    [Fact]
    public async Task NoValueOfTheArticleIsWrittenIntoAStatement()
    {
        var graph = SampleArticles.First();
        var values = new[] { graph.Article.Id.Value, graph.Article.Body, graph.Article.Title!, graph.Article.Outlet! }
            .Concat(graph.Entities.SelectMany(e => e.Aliases.Prepend(e.Name).Append(e.Id.Value)))
            .Concat(graph.Claims.SelectMany(c => new[] { c.Id.Value, c.Text }))
            .Where(v => v.Length >= 4)
            .ToList();
        await using var peer = new ScriptedNeo4j(Respond(created: true));
        await using (var client = new PeerStore(peer))
            await client.Store.ImportAsync(graph, Token);

        Assert.All(Runs(peer), run => Assert.DoesNotContain(values, value => run.Query.Contains(value, StringComparison.Ordinal)));
        var claims = (IReadOnlyList<object?>)Runs(peer).Single(r => NameOf(r) == "Import/CreateClaims").Parameters["claims"]!;
        Assert.Equal(graph.Claims.Select(c => c.Text), claims.Cast<IReadOnlyDictionary<string, object?>>().Select(c => c["text"]));
    }

    [Fact]
    public async Task ATransientFailureMidImportRerunsTheWholeTransaction()
    {
        var failures = 0;
        var respond = Respond(created: true);
        await using var peer = new ScriptedNeo4j(run =>
            NameOf(run) == "Import/CreateClaims" && Interlocked.Increment(ref failures) == 1
                ? PeerReply.Failure("Neo.TransientError.Transaction.DeadlockDetected")
                : respond(run));
        Core.Storage.ImportResult result;
        await using (var client = new PeerStore(peer))
            result = await client.Store.ImportAsync(SampleArticles.First(), Token);

        var conversation = Conversation(peer);
        Assert.Equal((true, 4), (result.Created, result.Claims));
        Assert.Equal(2, conversation.Count(m => m.Name == "BEGIN"));
        Assert.Equal(1, conversation.Count(m => m.Name == "COMMIT"));
        Assert.Contains(conversation, m => m.Name == "RESET");
        var retry = conversation.SkipWhile(m => m.Name != "RESET").Skip(1).ToList();
        Assert.Equal(["BEGIN", .. ImportStatements.SelectMany(_ => new[] { "RUN", "PULL" }), "COMMIT"], retry.Select(m => m.Name));
    }

    [Fact]
    public async Task AnArticleAlreadyStoredCommitsAfterItsFirstStatement()
    {
        await using var peer = new ScriptedNeo4j(Respond(created: false));
        bool created;
        await using (var client = new PeerStore(peer))
            created = (await client.Store.ImportAsync(SampleArticles.First(), Token)).Created;

        Assert.False(created);
        Assert.Equal(["BEGIN", "RUN", "PULL", "COMMIT"], Conversation(peer).Select(m => m.Name));
    }

    [Fact]
    public async Task AReadRunsInAReadTransaction()
    {
        await using var peer = new ScriptedNeo4j(_ => PeerReply.Row(("articles", 1L), ("claims", 4L), ("entities", 7L), ("relations", 3L)));
        await using (var client = new PeerStore(peer))
            Assert.Equal(new Core.Storage.GraphStats(1, 4, 7, 3), await client.Store.GetStatsAsync(Token));

        Assert.Equal("r", Conversation(peer).First(m => m.Name == "BEGIN").Extra["mode"]);
    }

    private static Func<PeerMessage, PeerReply> Respond(bool created) => run => NameOf(run) switch
    {
        "Import/MergeArticle" => PeerReply.Row(("created", created)),
        "Import/FindMissingEntities" => PeerReply.Row(("missing", Array.Empty<object?>())),
        _ => PeerReply.Empty,
    };

    private static string NameOf(PeerMessage run) => Queries.All.FirstOrDefault(q => q.Text == run.Query)?.Name ?? "(not a resource)";

    /// <summary>The messages after the connection's greeting (HELLO, LOGON) and before it closes.</summary>
    private static List<PeerMessage> Conversation(ScriptedNeo4j peer) =>
        [.. peer.Received.Where(m => m.Name is not ("HELLO" or "LOGON" or "GOODBYE"))];

    private static List<PeerMessage> Runs(ScriptedNeo4j peer) => [.. peer.Received.Where(m => m.Name == "RUN")];
}
