namespace GeoGraph.Bolt.Errors;

/// <summary>A server FAILURE classified <c>TransientError</c>. A temporary failure (deadlock, unavailable database…); managed transactions retry it.</summary>
public class TransientErrorException : Neo4jServerException
{
    /// <summary>Creates an error with a default message.</summary>
    public TransientErrorException()
    {
    }

    /// <summary>Creates an error with a message.</summary>
    public TransientErrorException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an error with a message and a cause.</summary>
    public TransientErrorException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an error for a status code.</summary>
    public TransientErrorException(string code, string message, string? gqlStatus = null, Exception? innerException = null)
        : base(code, message, gqlStatus, innerException)
    {
    }

    /// <inheritdoc />
    public override bool IsRetryable => true;
}
