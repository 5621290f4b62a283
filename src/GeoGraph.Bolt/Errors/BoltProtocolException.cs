namespace GeoGraph.Bolt.Errors;

/// <summary>
/// The peer sent bytes that do not follow the Bolt or PackStream specification (an unknown marker,
/// an unexpected message, a length that cannot be satisfied). The connection is discarded.
/// </summary>
public class BoltProtocolException : BoltException
{
    /// <summary>Creates an error with a default message.</summary>
    public BoltProtocolException()
        : base("The peer violated the Bolt protocol.")
    {
    }

    /// <summary>Creates an error with a message.</summary>
    public BoltProtocolException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an error with a message and the error that caused it.</summary>
    public BoltProtocolException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
