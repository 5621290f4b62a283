using GeoGraph.Bolt.Tests.Support;
using GeoGraph.Bolt.Transactions;

namespace GeoGraph.Bolt.Tests.Transactions;

public sealed class StreamingTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PullsAgainWhileTheServerSaysHasMore()
    {
        await using var peer = ScriptedBoltPeer.Start(Scripts.Greeting54 + """

            C: BEGIN {"mode": "r"}
            C: RUN "UNWIND range(1, 5) AS i RETURN i" {} {}
            C: PULL {"n": 2}
            S: SUCCESS {}
               SUCCESS {"fields": ["i"], "qid": 0}
               RECORD [1]
               RECORD [2]
               SUCCESS {"has_more": true}
            C: PULL {"n": 2, "qid": 0}
            S: RECORD [3]
               RECORD [4]
               SUCCESS {"has_more": true}
            C: PULL {"n": 2, "qid": 0}
            S: RECORD [5]
               SUCCESS {"type": "r", "db": "neo4j"}
            C: COMMIT
            S: SUCCESS {"bookmark": "bm:2"}
            ?: GOODBYE
            """);
        var seen = new List<long>();

        await using (var driver = Drivers.For(peer, o => o.FetchSize = 2))
        {
            await driver.ExecuteReadAsync(async tx =>
            {
                var result = await tx.RunAsync("UNWIND range(1, 5) AS i RETURN i", cancellationToken: Token);
                await foreach (var record in result.WithCancellation(Token))
                {
                    seen.Add(record.Get<long>("i"));
                }

                Assert.Equal("neo4j", result.Summary?.Database);
            }, cancellationToken: Token);
        }

        Assert.Equal([1, 2, 3, 4, 5], seen);
        await peer.AssertCompletedAsync();
    }

    [Fact]
    public async Task SendsParametersAsAMapBesideTheQueryText()
    {
        await using var peer = ScriptedBoltPeer.Start(Scripts.Greeting54 + """

            C: BEGIN {}
            C: RUN "MATCH (n {name: $name}) RETURN n.age AS age" {"name": "O'Brien\"; DROP"} {}
            C: PULL {"n": 1000}
            S: SUCCESS {}
               SUCCESS {"fields": ["age"]}
               RECORD [42]
               SUCCESS {}
            C: COMMIT
            S: SUCCESS {}
            ?: GOODBYE
            """);

        await using (var driver = Drivers.For(peer))
        {
            var age = await driver.ExecuteWriteAsync(async tx =>
            {
                var result = await tx.RunAsync("MATCH (n {name: $name}) RETURN n.age AS age", new Dictionary<string, object?> { ["name"] = "O'Brien\"; DROP" }, Token);
                return (await result.SingleAsync(Token)).Get<int>("age");
            }, cancellationToken: Token);

            Assert.Equal(42, age);
        }

        await peer.AssertCompletedAsync();
    }

    [Fact]
    public async Task BuffersAnOpenResultWhenTheTransactionRunsTheNextQuery()
    {
        await using var peer = ScriptedBoltPeer.Start(Scripts.Greeting54 + """

            C: BEGIN {}
            C: RUN "RETURN 1" {} {}
            C: PULL {"n": 1}
            S: SUCCESS {}
               SUCCESS {"fields": ["x"], "qid": 0}
               RECORD [1]
               SUCCESS {"has_more": true}
            C: PULL {"n": 1, "qid": 0}
            S: RECORD [2]
               SUCCESS {}
            C: RUN "RETURN 2" {} {}
            C: PULL {"n": 1}
            S: SUCCESS {"fields": ["y"], "qid": 1}
               RECORD [3]
               SUCCESS {}
            C: COMMIT
            S: SUCCESS {}
            ?: GOODBYE
            """);

        await using (var driver = Drivers.For(peer, o => o.FetchSize = 1))
        {
            var (first, second) = await driver.ExecuteWriteAsync(async tx =>
            {
                var a = await tx.RunAsync("RETURN 1", cancellationToken: Token);
                var b = await tx.RunAsync("RETURN 2", cancellationToken: Token);
                return (await a.ToListAsync(Token), await b.ToListAsync(Token));
            }, cancellationToken: Token);

            Assert.Equal([1L, 2L], first.Select(r => r[0]));
            Assert.Equal(3L, Assert.Single(second)["y"]);
        }

        await peer.AssertCompletedAsync();
    }

    [Fact]
    public async Task ConsumingDiscardsTheRestOfTheStream()
    {
        await using var peer = ScriptedBoltPeer.Start(Scripts.Greeting54 + """

            C: BEGIN {}
            C: RUN "CREATE (n)" {} {}
            C: PULL {"n": 1}
            S: SUCCESS {}
               SUCCESS {"fields": [], "qid": 0}
               RECORD [1]
               SUCCESS {"has_more": true}
            C: DISCARD {"n": -1, "qid": 0}
            S: SUCCESS {"stats": {"nodes-created": 1}, "type": "w"}
            C: COMMIT
            S: SUCCESS {"bookmark": "bm:9"}
            ?: GOODBYE
            """);

        await using (var driver = Drivers.For(peer, o => o.FetchSize = 1))
        {
            var summary = await driver.ExecuteWriteAsync(async tx => await (await tx.RunAsync("CREATE (n)", cancellationToken: Token)).ConsumeAsync(Token), cancellationToken: Token);

            Assert.Equal(1L, summary.Counters["nodes-created"]);
        }

        await peer.AssertCompletedAsync();
    }

    [Fact]
    public async Task SkipsNoopsTheServerSendsWhileBusy()
    {
        await using var peer = ScriptedBoltPeer.Start(Scripts.Greeting54 + """

            C: BEGIN {"mode": "r"}
            C: RUN "RETURN 1 AS n" {} {}
            C: PULL {"n": 1000}
            S: <NOOP>
               SUCCESS {}
               <NOOP>
               SUCCESS {"fields": ["n"]}
               <NOOP>
               RECORD [1]
               SUCCESS {"type": "r"}
            C: COMMIT
            S: SUCCESS {"bookmark": "bm:1"}
            ?: GOODBYE
            """);

        await using (var driver = Drivers.For(peer))
        {
            Assert.Equal(1, await Scripts.ReadOneAsync(driver, Token));
        }

        await peer.AssertCompletedAsync();
    }

    [Fact]
    public async Task SendsBookmarksTimeoutMetadataDatabaseAndModeInBegin()
    {
        await using var peer = ScriptedBoltPeer.Start(Scripts.Greeting54 + "\n" + Scripts.ReadOne.Replace("{\"mode\": \"r\"}", "{\"bookmarks\": [\"bm:0\"], \"tx_timeout\": 1500, \"tx_metadata\": {\"app\": \"geo\"}, \"mode\": \"r\", \"db\": \"news\"}", StringComparison.Ordinal) + """

            C: BEGIN {"bookmarks": ["bm:1"], "db": "news"}
            S: SUCCESS {}
            C: ROLLBACK
            S: SUCCESS {}
            ?: GOODBYE
            """);

        await using (var driver = Drivers.For(peer, o => o.Database = "news"))
        {
            var config = new TransactionConfig { Timeout = TimeSpan.FromMilliseconds(1500), Metadata = new Dictionary<string, object?> { ["app"] = "geo" }, Bookmarks = ["bm:0"] };
            await driver.ExecuteReadAsync(async tx => await (await tx.RunAsync("RETURN 1 AS n", cancellationToken: Token)).ToListAsync(Token), config, Token);
            await using var tx = await driver.BeginTransactionAsync(AccessMode.Write, cancellationToken: Token);
            await tx.RollbackAsync(Token);
        }

        await peer.AssertCompletedAsync();
    }
}
