namespace GeoGraph.Bolt.Errors;

/// <summary>
/// The server answered a request with FAILURE. <see cref="Code"/> is the Neo4j status code
/// (<c>Neo.ClientError.Statement.SyntaxError</c>); use <see cref="Create"/> to get the subclass that
/// matches its classification.
/// </summary>
public class Neo4jServerException : BoltException
{
    /// <summary>The code used when a FAILURE carries none.</summary>
    public const string UnknownErrorCode = "Neo.DatabaseError.General.UnknownError";

    /// <summary>Creates an error with a default message and the unknown-error code.</summary>
    public Neo4jServerException()
        : this(UnknownErrorCode, "The server reported an error.")
    {
    }

    /// <summary>Creates an error with a message and the unknown-error code.</summary>
    public Neo4jServerException(string message)
        : this(UnknownErrorCode, message)
    {
    }

    /// <summary>Creates an error with a message, the unknown-error code and a cause.</summary>
    public Neo4jServerException(string message, Exception? innerException)
        : this(UnknownErrorCode, message, null, innerException)
    {
    }

    /// <summary>Creates an error for a status code.</summary>
    public Neo4jServerException(string code, string message, string? gqlStatus = null, Exception? innerException = null)
        : base($"{code}: {message}", innerException)
    {
        ArgumentNullException.ThrowIfNull(code);
        Code = code;
        ServerMessage = message;
        GqlStatus = gqlStatus;
        var parts = code.Split('.');
        Classification = parts.Length == 4 && parts[0] == "Neo" ? ParseClassification(parts[1]) : ServerErrorClassification.Unknown;
        Category = parts.Length == 4 ? parts[2] : string.Empty;
        Title = parts.Length == 4 ? parts[3] : string.Empty;
    }

    /// <summary>The Neo4j status code, e.g. <c>Neo.TransientError.Transaction.DeadlockDetected</c>.</summary>
    public string Code { get; }

    /// <summary>The message text the server sent, without the code.</summary>
    public string ServerMessage { get; }

    /// <summary>The GQLSTATUS sent by Bolt 5.7+ servers, when present.</summary>
    public string? GqlStatus { get; }

    /// <summary>The classification part of <see cref="Code"/>.</summary>
    public ServerErrorClassification Classification { get; }

    /// <summary>The category part of <see cref="Code"/> (<c>Statement</c>, <c>Cluster</c>, …).</summary>
    public string Category { get; }

    /// <summary>The title part of <see cref="Code"/> (<c>SyntaxError</c>, <c>NotALeader</c>, …).</summary>
    public string Title { get; }

    /// <summary>The server revoked the connection's authorization: connections with the old token must be replaced.</summary>
    internal bool IsAuthorizationExpired => Code == "Neo.ClientError.Security.AuthorizationExpired";

    /// <summary>
    /// Builds the exception matching a FAILURE's code. Old servers label two codes that mean
    /// "someone killed this transaction" as transient; like the official drivers this rewrites
    /// them to client errors so that they are not retried.
    /// </summary>
    public static Neo4jServerException Create(string? code, string? message, string? gqlStatus = null)
    {
        code = string.IsNullOrEmpty(code) ? UnknownErrorCode : Normalise(code);
        message ??= string.Empty;
        if (code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) && IsAuthenticationFailure(code))
        {
            return new AuthenticationException(code, message, gqlStatus);
        }

        return code.Split('.') switch
        {
            [_, "ClientError", ..] => new ClientErrorException(code, message, gqlStatus),
            [_, "TransientError", ..] => new TransientErrorException(code, message, gqlStatus),
            [_, "DatabaseError", ..] => new DatabaseErrorException(code, message, gqlStatus),
            _ => new Neo4jServerException(code, message, gqlStatus),
        };
    }

    private static string Normalise(string code) => code switch
    {
        "Neo.TransientError.Transaction.Terminated" => "Neo.ClientError.Transaction.Terminated",
        "Neo.TransientError.Transaction.LockClientStopped" => "Neo.ClientError.Transaction.LockClientStopped",
        _ => code,
    };

    private static bool IsAuthenticationFailure(string code) => code is
        "Neo.ClientError.Security.Unauthorized" or
        "Neo.ClientError.Security.AuthenticationRateLimit" or
        "Neo.ClientError.Security.CredentialsExpired" or
        "Neo.ClientError.Security.TokenExpired";

    private static ServerErrorClassification ParseClassification(string part) => part switch
    {
        "ClientError" => ServerErrorClassification.ClientError,
        "TransientError" => ServerErrorClassification.TransientError,
        "DatabaseError" => ServerErrorClassification.DatabaseError,
        _ => ServerErrorClassification.Unknown,
    };
}
