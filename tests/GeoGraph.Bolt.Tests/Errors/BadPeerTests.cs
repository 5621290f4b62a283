using GeoGraph.Bolt.Errors;
using GeoGraph.Bolt.Tests.Support;

namespace GeoGraph.Bolt.Tests.Errors;

/// <summary>
/// A peer that misbehaves after the greeting: each case must end in a typed exception, the broken
/// connection must be discarded, and the pool must serve the next unit of work on a new connection.
/// </summary>
public sealed class BadPeerTests
{
    private const string Begin = """
        C: BEGIN {"mode": "r"}
        C: RUN "RETURN 1 AS n" {} {}
        C: PULL {"n": 1000}
        """;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, Type> Misbehaviours => new()
    {
        { "garbage bytes", "S: <RAW> 00 04 C7 C7 C7 C7 00 00", typeof(BoltProtocolException) },
        { "a non-structure message", "S: <RAW> 00 01 01 00 00", typeof(BoltProtocolException) },
        { "an unknown message signature", "S: <RAW> 00 02 B0 55 00 00", typeof(BoltProtocolException) },
        { "an unknown structure in a record", "S: SUCCESS {}\n   SUCCESS {\"fields\": [\"n\"]}\nS: <RAW> 00 05 B1 71 91 B0 7A 00 00", typeof(BoltProtocolException) },
        { "a string longer than the message", "S: SUCCESS {}\n   SUCCESS {\"fields\": [\"n\"]}\nS: <RAW> 00 09 B1 71 91 D2 7F FF FF FF 61 00 00", typeof(BoltProtocolException) },
        { "a message over the size limit", "S: SUCCESS {}\n   SUCCESS {\"fields\": [\"n\"]}\nS: <RAW> 01 00 " + Hex.Repeat("00", 256) + " 00 00", typeof(BoltProtocolException) },
        { "a truncated chunk then close", "S: <RAW> 00 10 B1 70 A0\nS: <EXIT>", typeof(ServiceUnavailableException) },
        { "a close in the middle of the stream", "S: SUCCESS {}\n   SUCCESS {\"fields\": [\"n\"]}\n   RECORD [1]\nS: <EXIT>", typeof(ServiceUnavailableException) },
        { "silence past the read timeout", "S: <SLEEP> 3", typeof(ServiceUnavailableException) },
        { "a record where a summary belongs", "S: RECORD [1]", typeof(BoltProtocolException) },
    };

    [Theory]
    [MemberData(nameof(Misbehaviours))]
    public async Task RaisesATypedErrorDiscardsTheConnectionAndServesTheNextRequest(string name, string misbehaviour, Type expected)
    {
        await using var peer = ScriptedBoltPeer.Start(
            Scripts.Greeting54 + "\n" + Begin + "\n" + misbehaviour + "\nS: <EXIT>",
            Scripts.Happy);
        await using var driver = Drivers.For(peer, o =>
        {
            o.ReadTimeout = TimeSpan.FromSeconds(1);
            o.MaxMessageSize = 200;
        });

        var error = await Assert.ThrowsAnyAsync<BoltException>(() => ReadWithoutRetryAsync(driver));
        var next = await Scripts.ReadOneAsync(driver, Token);

        Assert.True(expected.IsInstanceOfType(error), $"{name}: got {error.GetType().Name}: {error.Message}");
        Assert.Equal(1, next);
        Assert.Equal(2, peer.ConnectionCount);
    }

    [Fact]
    public async Task RetriesAManagedTransactionOnANewConnectionAfterADroppedConnection()
    {
        await using var peer = ScriptedBoltPeer.Start(
            Scripts.Greeting54 + "\n" + Begin + "\nS: SUCCESS {}\n   SUCCESS {\"fields\": [\"n\"]}\nS: <EXIT>",
            Scripts.Happy);

        await using (var driver = Drivers.For(peer))
        {
            Assert.Equal(1, await Scripts.ReadOneAsync(driver, Token));
        }

        Assert.Equal(2, peer.ConnectionCount);
        await peer.AssertCompletedAsync();
    }

    [Fact]
    public async Task ReportsAConnectionLostAwaitingCommitAsAnIncompleteCommit()
    {
        await using var peer = ScriptedBoltPeer.Start(Scripts.Greeting54 + "\n" + Scripts.ReadOne.Replace("S: SUCCESS {\"bookmark\": \"bm:1\"}", "S: <EXIT>", StringComparison.Ordinal));
        await using var driver = Drivers.For(peer);

        await Assert.ThrowsAsync<IncompleteCommitException>(() => Scripts.ReadOneAsync(driver, Token));

        Assert.Equal(1, peer.ConnectionCount);
    }

    [Fact]
    public async Task TreatsSilenceLongerThanTheServersReceiveTimeoutHintAsADeadConnection()
    {
        await using var peer = ScriptedBoltPeer.Start("""
            !: BOLT 5.4
            C: HELLO {"{}": "*"}
            S: SUCCESS {"server": "Neo4j/5.26.0", "connection_id": "bolt-1", "hints": {"connection.recv_timeout_seconds": 1}}
            A: LOGON {"{}": "*"}
            """ + "\n" + Begin + "\nS: <SLEEP> 5");
        await using var driver = Drivers.For(peer, o => o.ReadTimeout = TimeSpan.FromMinutes(5));

        var error = await Assert.ThrowsAsync<ServiceUnavailableException>(() => ReadWithoutRetryAsync(driver));

        Assert.Contains("read timeout", error.Message, StringComparison.Ordinal);
    }

    private static async Task ReadWithoutRetryAsync(BoltDriver driver)
    {
        await using var tx = await driver.BeginTransactionAsync(Bolt.Transactions.AccessMode.Read, cancellationToken: Token);
        var result = await tx.RunAsync("RETURN 1 AS n", cancellationToken: Token);
        await result.ToListAsync(Token);
        await tx.CommitAsync(Token);
    }
}
