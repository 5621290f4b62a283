using GeoGraph.Bolt.Errors;
using GeoGraph.Bolt.Retries;

namespace GeoGraph.Bolt.Tests.Retries;

public sealed class RetryPolicyTests
{
    private static readonly RetryPolicy Policy = new(TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(1), multiplier: 2, jitter: 0.2);

    public static TheoryData<string, Exception> Retryable => new()
    {
        { "transient", new TransientErrorException("Neo.TransientError.Transaction.DeadlockDetected", "deadlock") },
        { "service unavailable", new ServiceUnavailableException("gone") },
        { "session expired", new SessionExpiredException("moved") },
        { "acquisition timeout", new ConnectionAcquisitionTimeoutException("busy") },
    };

    public static TheoryData<string, Exception> NotRetryable => new()
    {
        { "client error", new ClientErrorException("Neo.ClientError.Statement.SyntaxError", "bad") },
        { "terminated", Neo4jServerException.Create("Neo.TransientError.Transaction.Terminated", "killed") },
        { "incomplete commit", new IncompleteCommitException() },
        { "protocol", new BoltProtocolException() },
        { "application", new InvalidOperationException() },
    };

    [Theory]
    [MemberData(nameof(Retryable))]
    public async Task RetriesRetryableErrorsUntilTheWorkSucceeds(string name, Exception error)
    {
        var attempts = 0;

        var result = await Policy.ExecuteAsync(_ => ++attempts < 3 ? throw error : Task.FromResult(name), TestContext.Current.CancellationToken);

        Assert.Equal((name, 3), (result, attempts));
    }

    [Theory]
    [MemberData(nameof(NotRetryable))]
    public async Task SurfacesOtherErrorsAtOnce(string name, Exception error)
    {
        var attempts = 0;

        var thrown = await Assert.ThrowsAnyAsync<Exception>(() => Policy.ExecuteAsync<string>(_ => { attempts++; throw error; }, TestContext.Current.CancellationToken));

        Assert.True(ReferenceEquals(error, thrown) && attempts == 1, name);
    }

    [Fact]
    public async Task GivesUpWithTheLastErrorOnceTheTimeBudgetIsSpent()
    {
        var attempts = 0;

        await Assert.ThrowsAsync<TransientErrorException>(() => Policy.ExecuteAsync<int>(_ =>
        {
            attempts++;
            throw new TransientErrorException("Neo.TransientError.General.DatabaseUnavailable", "down");
        }, TestContext.Current.CancellationToken));

        Assert.InRange(attempts, 2, 20);
    }

    [Fact]
    public async Task StopsWaitingWhenCancelled()
    {
        using var cancellation = new CancellationTokenSource();
        var slow = new RetryPolicy(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1), multiplier: 2, jitter: 0);

        var run = slow.ExecuteAsync<int>(_ => throw new ServiceUnavailableException("gone"), cancellation.Token);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
    }
}
