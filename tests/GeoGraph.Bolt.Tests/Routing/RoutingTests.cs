using GeoGraph.Bolt.Tests.Support;

namespace GeoGraph.Bolt.Tests.Routing;

public sealed class RoutingTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SpreadsReadsRoundRobinAcrossTheReaders()
    {
        await using var readerA = ScriptedBoltPeer.Start(RoutingScripts.Reader(2));
        await using var readerB = ScriptedBoltPeer.Start(RoutingScripts.Reader(2));
        await using var writer = ScriptedBoltPeer.Start(RoutingScripts.Writer(0));
        await using var router = ScriptedBoltPeer.Start(RoutingScripts.Greeting + "\n" + RoutingScripts.Route([readerA.Address, readerB.Address], [writer.Address]) + "\n?: GOODBYE");

        await using (var driver = Drivers.For(router.RoutingUri))
        {
            for (var i = 0; i < 4; i++)
            {
                Assert.Equal(1, await Scripts.ReadOneAsync(driver, Token));
            }
        }

        Assert.Equal(2, readerA.Received.Count(m => m.StartsWith("BEGIN", StringComparison.Ordinal)));
        Assert.Equal(2, readerB.Received.Count(m => m.StartsWith("BEGIN", StringComparison.Ordinal)));
        Assert.Equal(0, writer.ConnectionCount);
        await Task.WhenAll(readerA.AssertCompletedAsync(), readerB.AssertCompletedAsync(), router.AssertCompletedAsync());
    }

    [Fact]
    public async Task SendsWritesToTheWriterWithTheRoutingContextInHello()
    {
        await using var writer = ScriptedBoltPeer.Start(RoutingScripts.Writer(1).Replace("A: HELLO {\"{}\": \"*\"}", "A: HELLO {\"user_agent\": \"*\", \"bolt_agent\": \"*\", \"routing\": {\"address\": \"*\", \"region\": \"eu\"}}", StringComparison.Ordinal));
        await using var router = ScriptedBoltPeer.Start(RoutingScripts.Greeting + "\n" + RoutingScripts.Route(["127.0.0.1:1"], [writer.Address]) + "\n?: GOODBYE");

        await using (var driver = Drivers.For(new Uri($"neo4j://{router.Address}?region=eu")))
        {
            var n = await driver.ExecuteWriteAsync(async tx => (await (await tx.RunAsync("RETURN 1 AS n", cancellationToken: Token)).SingleAsync(Token)).Get<long>("n"), cancellationToken: Token);
            Assert.Equal(1, n);
        }

        await Task.WhenAll(writer.AssertCompletedAsync(), router.AssertCompletedAsync());
    }

    [Fact]
    public async Task ForgetsAReaderThatCannotBeReachedAndUsesTheOther()
    {
        var deadAddress = DeadAddress();
        await using var reader = ScriptedBoltPeer.Start(RoutingScripts.Reader(2));
        await using var router = ScriptedBoltPeer.Start(RoutingScripts.Greeting + "\n" + RoutingScripts.Route([deadAddress, reader.Address], [reader.Address]) + "\n?: GOODBYE");

        await using (var driver = Drivers.For(router.RoutingUri))
        {
            Assert.Equal(1, await Scripts.ReadOneAsync(driver, Token));
            Assert.Equal(1, await Scripts.ReadOneAsync(driver, Token));
        }

        Assert.Equal(2, reader.Received.Count(m => m.StartsWith("BEGIN", StringComparison.Ordinal)));
        await Task.WhenAll(reader.AssertCompletedAsync(), router.AssertCompletedAsync());
    }

    [Fact]
    public async Task RefreshesTheRoutingTableWhenItExpires()
    {
        await using var reader = ScriptedBoltPeer.Start(RoutingScripts.Reader(2));
        var route = RoutingScripts.Route([reader.Address], [reader.Address], ttl: 0);
        await using var router = ScriptedBoltPeer.Start(RoutingScripts.Greeting + "\n" + route + "\n" + route + "\n?: GOODBYE");

        await using (var driver = Drivers.For(router.RoutingUri))
        {
            await Scripts.ReadOneAsync(driver, Token);
            await Scripts.ReadOneAsync(driver, Token);
        }

        Assert.Equal(2, router.Received.Count(m => m.StartsWith("ROUTE", StringComparison.Ordinal)));
        await Task.WhenAll(reader.AssertCompletedAsync(), router.AssertCompletedAsync());
    }

    [Fact]
    public async Task MovesToTheNewWriterAfterNotALeader()
    {
        await using var oldLeader = ScriptedBoltPeer.Start(RoutingScripts.Greeting + "\n" + Scripts.FailedRead("Neo.ClientError.Cluster.NotALeader", "{}") + "\n?: GOODBYE");
        await using var newLeader = ScriptedBoltPeer.Start(RoutingScripts.Writer(1));
        await using var router = ScriptedBoltPeer.Start(
            RoutingScripts.Greeting + "\n" +
            RoutingScripts.Route([oldLeader.Address], [oldLeader.Address]) + "\n" +
            RoutingScripts.Route([oldLeader.Address], [newLeader.Address]) + "\n?: GOODBYE");

        await using (var driver = Drivers.For(router.RoutingUri))
        {
            var n = await driver.ExecuteWriteAsync(async tx => (await (await tx.RunAsync("RETURN 1 AS n", cancellationToken: Token)).SingleAsync(Token)).Get<long>("n"), cancellationToken: Token);
            Assert.Equal(1, n);
        }

        Assert.Equal(2, router.Received.Count(m => m.StartsWith("ROUTE", StringComparison.Ordinal)));
        await Task.WhenAll(oldLeader.AssertCompletedAsync(), newLeader.AssertCompletedAsync(), router.AssertCompletedAsync());
    }

    [Fact]
    public async Task ReportsNotALeaderInAReadTransactionAsAClientError()
    {
        await using var reader = ScriptedBoltPeer.Start(RoutingScripts.Greeting + "\n" + Scripts.FailedRead("Neo.ClientError.General.ForbiddenOnReadOnlyDatabase") + "\n?: GOODBYE");
        await using var router = ScriptedBoltPeer.Start(RoutingScripts.Greeting + "\n" + RoutingScripts.Route([reader.Address], [reader.Address]) + "\n?: GOODBYE");
        await using var driver = Drivers.For(router.RoutingUri);

        var error = await Assert.ThrowsAsync<Bolt.Errors.ClientErrorException>(() => Scripts.ReadOneAsync(driver, Token));

        Assert.Equal("Neo.ClientError.General.ForbiddenOnReadOnlyDatabase", error.Code);
    }

    [Fact]
    public async Task StopsDiscoveryWhenTheDatabaseDoesNotExist()
    {
        await using var router = ScriptedBoltPeer.Start(RoutingScripts.Greeting + """

            C: ROUTE {"address": "*"} [] {"db": "missing"}
            S: FAILURE {"code": "Neo.ClientError.Database.DatabaseNotFound", "message": "no such database"}
            C: RESET
            S: SUCCESS {}
            ?: GOODBYE
            """);
        await using var driver = Drivers.For(router.RoutingUri, o => o.Database = "missing");

        var error = await Assert.ThrowsAsync<Bolt.Errors.ClientErrorException>(() => Scripts.ReadOneAsync(driver, Token));

        Assert.Equal("Neo.ClientError.Database.DatabaseNotFound", error.Code);
    }

    [Fact]
    public async Task ClosesAConnectionReleasedAfterTheDriverWasDisposed()
    {
        await using var writer = ScriptedBoltPeer.Start(RoutingScripts.Greeting + """

            C: BEGIN {}
            C: ROLLBACK
            S: SUCCESS {}
               SUCCESS {}
            C: GOODBYE
            """);
        await using var router = ScriptedBoltPeer.Start(RoutingScripts.Greeting + "\n" + RoutingScripts.Route([writer.Address], [writer.Address]) + "\n?: GOODBYE");
        var driver = Drivers.For(router.RoutingUri);

        var tx = await driver.BeginTransactionAsync(Bolt.Transactions.AccessMode.Write, cancellationToken: Token);
        await driver.DisposeAsync();
        await tx.DisposeAsync();

        await Task.WhenAll(writer.AssertCompletedAsync(), router.AssertCompletedAsync());
    }

    private static string DeadAddress()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return $"127.0.0.1:{((System.Net.IPEndPoint)listener.LocalEndpoint).Port}";
    }
}
