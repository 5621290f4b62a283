using GeoGraph.Bolt.Errors;
using GeoGraph.Bolt.Tests.Support;
using GeoGraph.Bolt.Transactions;

namespace GeoGraph.Bolt.Tests.Transactions;

public sealed class FailureTests
{
    private const string CreateThenRollback = Scripts.Greeting54 + """

        C: BEGIN {}
        C: RUN "CREATE (n)" {} {}
        C: PULL {"n": 1000}
        S: SUCCESS {}
           SUCCESS {"fields": []}
           SUCCESS {"type": "w"}
        C: ROLLBACK
        S: SUCCESS {}
        ?: GOODBYE
        """;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ResetsAfterFailureAndIgnoredThenReusesTheConnection()
    {
        await using var peer = ScriptedBoltPeer.Start(Scripts.Greeting54 + "\n" + Scripts.FailedRead("Neo.ClientError.Statement.SyntaxError") + "\n" + Scripts.ReadOne + "\n?: GOODBYE");

        await using (var driver = Drivers.For(peer))
        {
            var error = await Assert.ThrowsAsync<ClientErrorException>(() => Scripts.ReadOneAsync(driver, Token));
            Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
            Assert.Equal(1, await Scripts.ReadOneAsync(driver, Token));
        }

        Assert.Equal(1, peer.ConnectionCount);
        await peer.AssertCompletedAsync();
    }

    [Fact]
    public async Task ReadsTheGqlStyleCodeOfBolt57Failures()
    {
        await using var peer = ScriptedBoltPeer.Start(Scripts.Greeting54.Replace("5.4", "5.7", StringComparison.Ordinal) + """

            C: BEGIN {}
            C: RUN "X" {} {}
            C: PULL {"n": 1000}
            S: SUCCESS {}
               FAILURE {"neo4j_code": "Neo.ClientError.Statement.SyntaxError", "message": "bad", "gql_status": "42001", "description": "error: syntax error"}
               IGNORED
            C: RESET
            S: SUCCESS {}
            ?: GOODBYE
            """);

        await using (var driver = Drivers.For(peer, o => o.UseManifestHandshake = false))
        {
            var error = await Assert.ThrowsAsync<ClientErrorException>(() => driver.ExecuteWriteAsync(tx => tx.RunAsync("X", cancellationToken: Token), cancellationToken: Token));
            Assert.Equal(("Neo.ClientError.Statement.SyntaxError", "42001"), (error.Code, error.GqlStatus));
        }

        await peer.AssertCompletedAsync();
    }

    [Fact]
    public async Task RollsBackAnExplicitTransaction()
    {
        await using var peer = ScriptedBoltPeer.Start(CreateThenRollback);

        await using (var driver = Drivers.For(peer))
        {
            await using var tx = await driver.BeginTransactionAsync(AccessMode.Write, cancellationToken: Token);
            await (await tx.RunAsync("CREATE (n)", cancellationToken: Token)).ConsumeAsync(Token);
            await tx.RollbackAsync(Token);

            await Assert.ThrowsAsync<InvalidOperationException>(() => tx.CommitAsync(Token));
        }

        await peer.AssertCompletedAsync();
    }

    [Fact]
    public async Task RollsBackWhenTheWorkThrows()
    {
        await using var peer = ScriptedBoltPeer.Start(CreateThenRollback);

        await using (var driver = Drivers.For(peer))
        {
            await Assert.ThrowsAsync<FormatException>(() => driver.ExecuteWriteAsync(async tx =>
            {
                await (await tx.RunAsync("CREATE (n)", cancellationToken: Token)).ConsumeAsync(Token);
                throw new FormatException("application error");
            }, cancellationToken: Token));
        }

        await peer.AssertCompletedAsync();
    }

    [Fact]
    public async Task RetriesATransientErrorInAManagedTransaction()
    {
        var deadlockOnCommit = Scripts.ReadOne.Replace(
            "S: SUCCESS {\"bookmark\": \"bm:1\"}",
            "S: FAILURE {\"code\": \"Neo.TransientError.Transaction.DeadlockDetected\", \"message\": \"deadlock\"}\nC: RESET\nS: SUCCESS {}",
            StringComparison.Ordinal);
        await using var peer = ScriptedBoltPeer.Start(Scripts.Greeting54 + "\n" + deadlockOnCommit + "\n" + Scripts.ReadOne + "\n?: GOODBYE");

        await using (var driver = Drivers.For(peer))
        {
            Assert.Equal(1, await Scripts.ReadOneAsync(driver, Token));
        }

        await peer.AssertCompletedAsync();
    }

    [Theory]
    [InlineData("Neo.TransientError.Transaction.Terminated")]
    [InlineData("Neo.TransientError.Transaction.LockClientStopped")]
    [InlineData("Neo.ClientError.Statement.SyntaxError")]
    [InlineData("Neo.DatabaseError.General.UnknownError")]
    public async Task DoesNotRetryErrorsThatAreNotTransient(string code)
    {
        await using var peer = ScriptedBoltPeer.Start(Scripts.Greeting54 + "\n" + Scripts.FailedRead(code) + "\n?: GOODBYE");

        await using (var driver = Drivers.For(peer))
        {
            var error = await Assert.ThrowsAnyAsync<Neo4jServerException>(() => Scripts.ReadOneAsync(driver, Token));
            Assert.False(error.IsRetryable);
            Assert.Equal(code.Replace("TransientError", "ClientError", StringComparison.Ordinal), error.Code);
        }

        await peer.AssertCompletedAsync();
    }

    [Fact]
    public async Task RetriesOnAFreshConnectionWhenAuthorizationExpired()
    {
        await using var peer = ScriptedBoltPeer.Start(
            Scripts.Greeting54 + "\n" + Scripts.FailedRead("Neo.ClientError.Security.AuthorizationExpired"),
            Scripts.Happy);

        await using (var driver = Drivers.For(peer))
        {
            Assert.Equal(1, await Scripts.ReadOneAsync(driver, Token));
        }

        Assert.Equal(2, peer.ConnectionCount);
        await peer.AssertCompletedAsync();
    }

    [Fact]
    public async Task RaisesAuthenticationExceptionWithoutRetrying()
    {
        await using var peer = ScriptedBoltPeer.Start("""
            !: BOLT 5.4
            A: HELLO {"{}": "*"}
            C: LOGON {"scheme": "basic", "principal": "neo4j", "credentials": "wrong"}
            S: FAILURE {"code": "Neo.ClientError.Security.Unauthorized", "message": "The client is unauthorized due to authentication failure."}
            S: <EXIT>
            """);

        await using (var driver = Drivers.For(peer, o => o.Password = "wrong"))
        {
            var error = await Assert.ThrowsAsync<AuthenticationException>(() => Scripts.ReadOneAsync(driver, Token));
            Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        }

        Assert.Equal(1, peer.ConnectionCount);
        await peer.AssertCompletedAsync();
    }

    [Fact]
    public async Task SendsABearerTokenWhenConfigured()
    {
        await using var peer = ScriptedBoltPeer.Start("""
            !: BOLT 5.4
            A: HELLO {"{}": "*"}
            A: LOGON {"scheme": "bearer", "credentials": "token-123"}
            """ + "\n" + Scripts.ReadOne + "\n?: GOODBYE");

        await using (var driver = Drivers.For(peer, o => o.BearerToken = "token-123"))
        {
            Assert.Equal(1, await Scripts.ReadOneAsync(driver, Token));
        }

        await peer.AssertCompletedAsync();
    }

    [Fact]
    public async Task SendsTheBoltAgentFromBolt53()
    {
        await using var peer = ScriptedBoltPeer.Start("""
            !: BOLT 5.3
            A: HELLO {"user_agent": "geo/1", "bolt_agent": {"product": "*", "platform": "*", "language": "*", "language_details": "*"}}
            A: LOGON {"{}": "*"}
            """ + "\n" + Scripts.ReadOne + "\n?: GOODBYE");

        await using (var driver = Drivers.For(peer, o => o.UserAgent = "geo/1"))
        {
            Assert.Equal(1, await Scripts.ReadOneAsync(driver, Token));
        }

        await peer.AssertCompletedAsync();
    }
}
