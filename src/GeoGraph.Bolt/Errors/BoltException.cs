namespace GeoGraph.Bolt.Errors;

/// <summary>The base of every error raised by GeoGraph.Bolt.</summary>
public class BoltException : Exception
{
    /// <summary>Creates an error with a default message.</summary>
    public BoltException()
        : base("A Bolt operation failed.")
    {
    }

    /// <summary>Creates an error with a message.</summary>
    public BoltException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an error with a message and the error that caused it.</summary>
    public BoltException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>
    /// True when re-running the whole unit of work (usually on another connection) may succeed;
    /// managed transactions retry only these errors.
    /// </summary>
    public virtual bool IsRetryable => false;
}
