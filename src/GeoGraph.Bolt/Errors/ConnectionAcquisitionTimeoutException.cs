namespace GeoGraph.Bolt.Errors;

/// <summary>Every pooled connection stayed busy for the whole acquisition timeout.</summary>
public class ConnectionAcquisitionTimeoutException : BoltException
{
    /// <summary>Creates an error with a default message.</summary>
    public ConnectionAcquisitionTimeoutException()
        : base("No pooled connection became free in time.")
    {
    }

    /// <summary>Creates an error with a message.</summary>
    public ConnectionAcquisitionTimeoutException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an error with a message and the error that caused it.</summary>
    public ConnectionAcquisitionTimeoutException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <inheritdoc />
    public override bool IsRetryable => true;
}
