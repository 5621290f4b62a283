using GeoGraph.Bolt.Errors;
using GeoGraph.Bolt.Tests.Support;
using GeoGraph.Bolt.Transactions;

namespace GeoGraph.Bolt.Tests.Pooling;

public sealed class ConnectionPoolTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReusesAnIdleConnectionForTheNextTransaction()
    {
        await using var peer = ScriptedBoltPeer.Start(Scripts.Greeting54 + "\n" + Scripts.ReadOne + "\n" + Scripts.ReadOne.Replace("\"mode\": \"r\"", "\"mode\": \"r\", \"bookmarks\": [\"bm:1\"]", StringComparison.Ordinal) + "\n?: GOODBYE");

        await using (var driver = Drivers.For(peer))
        {
            await Scripts.ReadOneAsync(driver, Token);
            await Scripts.ReadOneAsync(driver, Token);
        }

        Assert.Equal(1, peer.ConnectionCount);
        await peer.AssertCompletedAsync();
    }

    [Fact]
    public async Task TimesOutWhenEveryConnectionStaysBusy()
    {
        await using var peer = ScriptedBoltPeer.Start(Scripts.Greeting54 + """

            C: BEGIN {}
            C: ROLLBACK
            S: SUCCESS {}
               SUCCESS {}
            ?: GOODBYE
            """);

        await using (var driver = Drivers.For(peer, o =>
        {
            o.MaxPoolSize = 1;
            o.ConnectionAcquisitionTimeout = TimeSpan.FromMilliseconds(100);
        }))
        {
            await using var held = await driver.BeginTransactionAsync(AccessMode.Write, cancellationToken: Token);

            await Assert.ThrowsAsync<ConnectionAcquisitionTimeoutException>(() => driver.BeginTransactionAsync(AccessMode.Write, cancellationToken: Token));
        }

        await peer.AssertCompletedAsync();
    }

    [Fact]
    public async Task ChecksAnIdleConnectionWithAResetBeforeReusingIt()
    {
        await using var peer = ScriptedBoltPeer.Start(Scripts.Greeting54 + "\n" + Scripts.ReadOne + "\nC: RESET\nS: SUCCESS {}\n" + Scripts.ReadOne.Replace("\"mode\": \"r\"", "\"mode\": \"r\", \"bookmarks\": [\"bm:1\"]", StringComparison.Ordinal) + "\n?: GOODBYE");

        await using (var driver = Drivers.For(peer, o => o.IdleTimeBeforeLivenessCheck = TimeSpan.Zero))
        {
            await Scripts.ReadOneAsync(driver, Token);
            await Scripts.ReadOneAsync(driver, Token);
        }

        Assert.Equal(1, peer.ConnectionCount);
        await peer.AssertCompletedAsync();
    }

    [Fact]
    public async Task ReplacesAConnectionThatFailsTheLivenessCheck()
    {
        await using var peer = ScriptedBoltPeer.Start(
            Scripts.Greeting54 + "\n" + Scripts.ReadOne + "\nC: RESET\nS: <EXIT>",
            Scripts.Happy.Replace("\"mode\": \"r\"", "\"mode\": \"r\", \"bookmarks\": [\"bm:1\"]", StringComparison.Ordinal));

        await using (var driver = Drivers.For(peer, o => o.IdleTimeBeforeLivenessCheck = TimeSpan.Zero))
        {
            await Scripts.ReadOneAsync(driver, Token);
            Assert.Equal(1, await Scripts.ReadOneAsync(driver, Token));
        }

        Assert.Equal(2, peer.ConnectionCount);
        await peer.AssertCompletedAsync();
    }

    [Fact]
    public async Task ClosesConnectionsOlderThanTheMaxLifetime()
    {
        await using var peer = ScriptedBoltPeer.Start(
            Scripts.Greeting54 + "\n" + Scripts.ReadOne + "\nC: GOODBYE",
            Scripts.Happy.Replace("\"mode\": \"r\"", "\"mode\": \"r\", \"bookmarks\": [\"bm:1\"]", StringComparison.Ordinal));

        await using (var driver = Drivers.For(peer, o => o.MaxConnectionLifetime = TimeSpan.Zero))
        {
            await Scripts.ReadOneAsync(driver, Token);
            await Scripts.ReadOneAsync(driver, Token);
        }

        Assert.Equal(2, peer.ConnectionCount);
        await peer.AssertCompletedAsync();
    }

    [Fact]
    public async Task DiscardsTheRestOfAnAbandonedResultBeforeRollingBack()
    {
        await using var peer = ScriptedBoltPeer.Start(Scripts.Greeting54 + """

            C: BEGIN {}
            C: RUN "UNWIND range(1, 100) AS i RETURN i" {} {}
            C: PULL {"n": 1}
            S: SUCCESS {}
               SUCCESS {"fields": ["i"], "qid": 0}
               RECORD [1]
               SUCCESS {"has_more": true}
            C: DISCARD {"n": -1, "qid": 0}
            S: SUCCESS {}
            C: ROLLBACK
            S: SUCCESS {}
            ?: GOODBYE
            """);

        await using (var driver = Drivers.For(peer, o => o.FetchSize = 1))
        {
            await using var tx = await driver.BeginTransactionAsync(AccessMode.Write, cancellationToken: Token);
            var result = await tx.RunAsync("UNWIND range(1, 100) AS i RETURN i", cancellationToken: Token);
            await using var records = result.GetAsyncEnumerator(Token);
            Assert.True(await records.MoveNextAsync());
        }

        await peer.AssertCompletedAsync();
    }
}
