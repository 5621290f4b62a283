using GeoGraph.Bolt.Tests.Support;
using GeoGraph.Bolt.Transactions;

namespace GeoGraph.Bolt.Tests.Connections;

public sealed class CancellationTests
{
    [Fact]
    public async Task CancellingAWaitingReadDiscardsTheConnectionAndTheNextRequestWorks()
    {
        await using var peer = ScriptedBoltPeer.Start(
            Scripts.Greeting54 + """

            C: BEGIN {"mode": "r"}
            C: RUN "RETURN 1 AS n" {} {}
            C: PULL {"n": 1000}
            S: <SLEEP> 1
            """,
            Scripts.Happy);
        await using var driver = Drivers.For(peer);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        await using (var tx = await driver.BeginTransactionAsync(AccessMode.Read, cancellationToken: cancellation.Token))
        {
            var run = tx.RunAsync("RETURN 1 AS n", cancellationToken: cancellation.Token);
            await cancellation.CancelAsync();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        }

        Assert.Equal(1, await Scripts.ReadOneAsync(driver, TestContext.Current.CancellationToken));
        Assert.Equal(2, peer.ConnectionCount);
    }
}
