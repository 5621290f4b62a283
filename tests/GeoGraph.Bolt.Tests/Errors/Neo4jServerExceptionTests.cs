using GeoGraph.Bolt.Errors;

namespace GeoGraph.Bolt.Tests.Errors;

public sealed class Neo4jServerExceptionTests
{
    [Theory]
    [InlineData("Neo.ClientError.Statement.SyntaxError", typeof(ClientErrorException), ServerErrorClassification.ClientError, false)]
    [InlineData("Neo.ClientError.Security.Unauthorized", typeof(AuthenticationException), ServerErrorClassification.ClientError, false)]
    [InlineData("Neo.ClientError.Security.TokenExpired", typeof(AuthenticationException), ServerErrorClassification.ClientError, false)]
    [InlineData("Neo.ClientError.Security.Forbidden", typeof(ClientErrorException), ServerErrorClassification.ClientError, false)]
    [InlineData("Neo.ClientError.Security.AuthorizationExpired", typeof(ClientErrorException), ServerErrorClassification.ClientError, true)]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected", typeof(TransientErrorException), ServerErrorClassification.TransientError, true)]
    [InlineData("Neo.TransientError.General.DatabaseUnavailable", typeof(TransientErrorException), ServerErrorClassification.TransientError, true)]
    [InlineData("Neo.TransientError.Transaction.Terminated", typeof(ClientErrorException), ServerErrorClassification.ClientError, false)]
    [InlineData("Neo.TransientError.Transaction.LockClientStopped", typeof(ClientErrorException), ServerErrorClassification.ClientError, false)]
    [InlineData("Neo.DatabaseError.General.UnknownError", typeof(DatabaseErrorException), ServerErrorClassification.DatabaseError, false)]
    [InlineData("Something.Else", typeof(Neo4jServerException), ServerErrorClassification.Unknown, false)]
    public void ClassifiesCodesLikeTheOfficialDrivers(string code, Type type, ServerErrorClassification classification, bool retryable)
    {
        var error = Neo4jServerException.Create(code, "message");

        Assert.Equal((type, classification, retryable), (error.GetType(), error.Classification, error.IsRetryable));
    }

    [Fact]
    public void SplitsTheCodeIntoCategoryAndTitle()
    {
        var error = Neo4jServerException.Create("Neo.ClientError.Cluster.NotALeader", "no");

        Assert.Equal(("Cluster", "NotALeader"), (error.Category, error.Title));
    }

    [Fact]
    public void UsesTheUnknownErrorCodeWhenTheFailureHasNone()
    {
        var error = Neo4jServerException.Create(null, null);

        Assert.Equal(Neo4jServerException.UnknownErrorCode, error.Code);
        Assert.IsType<DatabaseErrorException>(error);
    }
}
