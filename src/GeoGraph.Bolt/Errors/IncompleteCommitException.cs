namespace GeoGraph.Bolt.Errors;

/// <summary>
/// The connection failed while waiting for the reply to COMMIT, so whether the transaction was
/// committed is unknown. Not retryable: running the work again could apply it twice.
/// </summary>
public class IncompleteCommitException : BoltException
{
    /// <summary>Creates an error with a default message.</summary>
    public IncompleteCommitException()
        : base("The connection failed before the commit was confirmed; its outcome is unknown.")
    {
    }

    /// <summary>Creates an error with a message.</summary>
    public IncompleteCommitException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an error with a message and the error that caused it.</summary>
    public IncompleteCommitException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
