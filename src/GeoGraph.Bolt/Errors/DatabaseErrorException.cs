namespace GeoGraph.Bolt.Errors;

/// <summary>A server FAILURE classified <c>DatabaseError</c>. The database failed while running the request.</summary>
public class DatabaseErrorException : Neo4jServerException
{
    /// <summary>Creates an error with a default message.</summary>
    public DatabaseErrorException()
    {
    }

    /// <summary>Creates an error with a message.</summary>
    public DatabaseErrorException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an error with a message and a cause.</summary>
    public DatabaseErrorException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an error for a status code.</summary>
    public DatabaseErrorException(string code, string message, string? gqlStatus = null, Exception? innerException = null)
        : base(code, message, gqlStatus, innerException)
    {
    }
}
