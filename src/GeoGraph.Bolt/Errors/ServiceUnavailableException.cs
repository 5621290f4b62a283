namespace GeoGraph.Bolt.Errors;

/// <summary>
/// No server could be reached, or the connection dropped or fell silent past the read timeout.
/// Retryable: the unit of work did not complete on the server as far as the client knows.
/// </summary>
public class ServiceUnavailableException : BoltException
{
    /// <summary>Creates an error with a default message.</summary>
    public ServiceUnavailableException()
        : base("The Neo4j service is unavailable.")
    {
    }

    /// <summary>Creates an error with a message.</summary>
    public ServiceUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an error with a message and the error that caused it.</summary>
    public ServiceUnavailableException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <inheritdoc />
    public override bool IsRetryable => true;
}
