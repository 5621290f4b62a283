namespace GeoGraph.Bolt.Errors;

/// <summary>The server refused the credentials (or they expired); the connection is closed by the server.</summary>
public class AuthenticationException : ClientErrorException
{
    /// <summary>Creates an error with a default message.</summary>
    public AuthenticationException()
    {
    }

    /// <summary>Creates an error with a message.</summary>
    public AuthenticationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an error with a message and a cause.</summary>
    public AuthenticationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an error for a status code.</summary>
    public AuthenticationException(string code, string message, string? gqlStatus = null, Exception? innerException = null)
        : base(code, message, gqlStatus, innerException)
    {
    }
}
