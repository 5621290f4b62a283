namespace GeoGraph.Bolt.Errors;

/// <summary>TLS could not be set up (for instance the certificate is not trusted under <c>bolt+s://</c>). Not retryable.</summary>
public class BoltSecurityException : BoltException
{
    /// <summary>Creates an error with a default message.</summary>
    public BoltSecurityException()
        : base("The secure connection could not be established.")
    {
    }

    /// <summary>Creates an error with a message.</summary>
    public BoltSecurityException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an error with a message and the error that caused it.</summary>
    public BoltSecurityException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
