namespace GeoGraph.Bolt.Errors;

/// <summary>
/// The server chosen for the work can no longer serve it (for instance it stopped being the
/// leader). Retryable: the routing table is refreshed and the work runs on another server.
/// </summary>
public class SessionExpiredException : BoltException
{
    /// <summary>Creates an error with a default message.</summary>
    public SessionExpiredException()
        : base("The server can no longer serve this work.")
    {
    }

    /// <summary>Creates an error with a message.</summary>
    public SessionExpiredException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an error with a message and the error that caused it.</summary>
    public SessionExpiredException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <inheritdoc />
    public override bool IsRetryable => true;
}
