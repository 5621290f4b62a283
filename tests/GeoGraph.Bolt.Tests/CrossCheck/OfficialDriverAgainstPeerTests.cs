using GeoGraph.Bolt.Tests.Support;

namespace GeoGraph.Bolt.Tests.CrossCheck;

/// <summary>The official JavaScript driver completes a conversation with the scripted peer, so the peer speaks real Bolt.</summary>
public sealed class OfficialDriverAgainstPeerTests
{
    [Fact]
    public async Task TheOfficialDriverReadsRecordsFromTheScriptedPeer()
    {
        await using var peer = ScriptedBoltPeer.Start("""
            !: BOLT 5.4
            A: HELLO {"{}": "*"}
            A: LOGON {"scheme": "basic", "principal": "neo4j", "credentials": "pass"}
            C: BEGIN {"mode": "r", "[bookmarks]": [], "[tx_metadata]": {}, "[notifications_minimum_severity]": "*", "[notifications_disabled_categories]": "*"}
            S: SUCCESS {}
            C: RUN "UNWIND [1, 2] AS i RETURN i + $x AS n, 'Kyiv' AS city" {"x": 1} {}
            S: SUCCESS {"fields": ["n", "city"], "qid": 0}
            C: PULL {"n": "*", "[qid]": "*"}
            S: RECORD [2, "Kyiv"]
               RECORD [3, "Kyiv"]
               SUCCESS {"type": "r"}
            C: COMMIT
            S: SUCCESS {"bookmark": "bm:1"}
            *: RESET
            ?: GOODBYE
            """);

        var output = await NodeScripts.RunAsync("query.js", [$"bolt://{peer.Address}", "UNWIND [1, 2] AS i RETURN i + $x AS n, 'Kyiv' AS city"], null, TestContext.Current.CancellationToken);

        Assert.Equal(["{\"n\":\"2\",\"city\":\"Kyiv\"}", "{\"n\":\"3\",\"city\":\"Kyiv\"}"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        await peer.AssertCompletedAsync();
    }
}
