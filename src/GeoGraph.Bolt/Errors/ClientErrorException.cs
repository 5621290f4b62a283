namespace GeoGraph.Bolt.Errors;

/// <summary>A server FAILURE classified <c>ClientError</c>. The request was wrong (syntax, constraint, security…); retrying it unchanged fails again.</summary>
public class ClientErrorException : Neo4jServerException
{
    /// <summary>Creates an error with a default message.</summary>
    public ClientErrorException()
    {
    }

    /// <summary>Creates an error with a message.</summary>
    public ClientErrorException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an error with a message and a cause.</summary>
    public ClientErrorException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an error for a status code.</summary>
    public ClientErrorException(string code, string message, string? gqlStatus = null, Exception? innerException = null)
        : base(code, message, gqlStatus, innerException)
    {
    }

    /// <summary>Authorization expired: the connection re-authenticates and the work may run again.</summary>
    public override bool IsRetryable => IsAuthorizationExpired;
}
