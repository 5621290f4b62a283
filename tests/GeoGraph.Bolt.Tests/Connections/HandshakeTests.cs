using GeoGraph.Bolt.Connections;
using GeoGraph.Bolt.Errors;
using GeoGraph.Bolt.Tests.Support;
using GeoGraph.Bolt.Transactions;

namespace GeoGraph.Bolt.Tests.Connections;

public sealed class HandshakeTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("5.0")]
    [InlineData("5.4")]
    [InlineData("5.8")]
    public async Task NegotiatesTheVersionTheServerPicksAndExposesIt(string version)
    {
        var greeting = version == "5.0"
            ? """A: HELLO {"user_agent": "*", "scheme": "basic", "principal": "neo4j", "credentials": "pass"}"""
            : """
              A: HELLO {"{}": "*"}
              A: LOGON {"{}": "*"}
              """;
        await using var peer = ScriptedBoltPeer.Start($"!: BOLT {version}\n{greeting}\nC: BEGIN {{}}\nS: SUCCESS {{}}\nC: ROLLBACK\nS: SUCCESS {{}}\n?: GOODBYE");

        await using (var driver = Drivers.For(peer, o => o.UseManifestHandshake = false))
        {
            await using var tx = await driver.BeginTransactionAsync(AccessMode.Write, cancellationToken: Token);
            await tx.RollbackAsync(Token);

            Assert.Equal(version, tx.ProtocolVersion.ToString());
        }

        await peer.AssertCompletedAsync();
    }

    [Fact]
    public async Task NegotiatesThroughTheManifestHandshakeWhenTheServerOffersIt()
    {
        await using var peer = ScriptedBoltPeer.Start("!: MANIFEST\n" + Scripts.Happy.Replace("!: BOLT 5.4", "!: BOLT 5.7", StringComparison.Ordinal));

        await using (var driver = Drivers.For(peer))
        {
            Assert.Equal(1, await Scripts.ReadOneAsync(driver, Token));
        }

        await peer.AssertCompletedAsync();
    }

    [Fact]
    public async Task FallsBackToBolt44WithAuthInHelloAndTheUtcPatch()
    {
        await using var peer = ScriptedBoltPeer.Start("""
            !: BOLT 4.4
            C: HELLO {"user_agent": "*", "patch_bolt": ["utc"], "scheme": "basic", "principal": "neo4j", "credentials": "pass"}
            S: SUCCESS {"server": "Neo4j/4.4.30", "connection_id": "bolt-1", "patch_bolt": ["utc"]}
            """ + "\n" + Scripts.ReadOne + "\n?: GOODBYE");

        await using (var driver = Drivers.For(peer))
        {
            Assert.Equal(1, await Scripts.ReadOneAsync(driver, Token));
        }

        await peer.AssertCompletedAsync();
    }

    [Fact]
    public async Task VerifyingConnectivityReportsTheServerAndTheNegotiatedVersion()
    {
        await using var peer = ScriptedBoltPeer.Start(Scripts.Greeting54 + "\n?: GOODBYE");

        await using (var driver = Drivers.For(peer))
        {
            var info = await driver.VerifyConnectivityAsync(Token);

            Assert.Equal((peer.Address, "5.4", "Neo4j/5.26.0"), (info.Address.ToString(), info.ProtocolVersion.ToString(), info.Agent));
        }

        await peer.AssertCompletedAsync();
    }

    [Fact]
    public async Task ExplainsThatAnHttpReplyMeansTheHttpPort()
    {
        await using var peer = ScriptedBoltPeer.Start("!: HANDSHAKE 48 54 54 50");
        await using var driver = Drivers.For(peer);

        var error = await Assert.ThrowsAsync<BoltProtocolException>(() => driver.VerifyConnectivityAsync(Token));

        Assert.Contains("HTTP", error.Message, StringComparison.Ordinal);
        Assert.Contains("7687", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailsClearlyWhenTheServerSupportsNoOfferedVersion()
    {
        await using var peer = ScriptedBoltPeer.Start("!: HANDSHAKE 00 00 00 00");
        await using var driver = Drivers.For(peer);

        var error = await Assert.ThrowsAsync<BoltProtocolException>(() => driver.VerifyConnectivityAsync(Token));

        Assert.Contains("none of the offered", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RejectsAVersionThatWasNotOffered()
    {
        await using var peer = ScriptedBoltPeer.Start("!: HANDSHAKE 00 00 00 03");
        await using var driver = Drivers.For(peer);

        await Assert.ThrowsAsync<BoltProtocolException>(() => driver.VerifyConnectivityAsync(Token));
    }

    [Fact]
    public async Task ProposesManifestThen58DownTo50Then44()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        await using var driver = Drivers.For(new Uri($"bolt://127.0.0.1:{port}"));
        var verify = driver.VerifyConnectivityAsync(Token);

        using var socket = await listener.AcceptSocketAsync(Token);
        var proposal = new byte[20];
        await socket.ReceiveAsync(proposal.AsMemory(), Token);
        socket.Close();

        Assert.Equal("6060B017000001FF000808050000040400000000", Hex.Format(proposal));
        await Assert.ThrowsAsync<ServiceUnavailableException>(() => verify);
    }

    [Fact]
    public void ParsesIpv6AndDefaultPortAddresses()
    {
        Assert.Equal(new ServerAddress("::1", 7000), ServerAddress.Parse("[::1]:7000"));
        Assert.Equal(new ServerAddress("db", 7687), ServerAddress.Parse("db"));
    }
}
