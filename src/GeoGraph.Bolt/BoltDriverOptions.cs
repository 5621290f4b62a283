namespace GeoGraph.Bolt;

/// <summary>Settings of a <see cref="BoltDriver"/>. Only <see cref="Uri"/> is required.</summary>
public sealed class BoltDriverOptions
{
    /// <summary>
    /// <c>bolt://</c>, <c>bolt+s://</c> (TLS, verified), <c>bolt+ssc://</c> (TLS, self-signed accepted) for one
    /// server; <c>neo4j://</c>, <c>neo4j+s://</c>, <c>neo4j+ssc://</c> for a routed cluster. Default port 7687.
    /// Query parameters of a <c>neo4j</c> URI become the routing context.
    /// </summary>
    public Uri? Uri { get; set; }

    /// <summary>User name for basic authentication.</summary>
    public string? User { get; set; }

    /// <summary>Password for basic authentication.</summary>
    public string? Password { get; set; }

    /// <summary>A bearer token (SSO); used instead of user and password when set.</summary>
    public string? BearerToken { get; set; }

    /// <summary>The database to use; null = the user's home database.</summary>
    public string? Database { get; set; }

    /// <summary>Most connections open to one server at a time.</summary>
    public int MaxPoolSize { get; set; } = 100;

    /// <summary>How long to wait for a free pooled connection.</summary>
    public TimeSpan ConnectionAcquisitionTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Limit for TCP connect, TLS, handshake and authentication together.</summary>
    public TimeSpan ConnectionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Longest wait for any byte from the server once connected; a longer silence breaks the
    /// connection. Tightened to the server's <c>connection.recv_timeout_seconds</c> hint when it sends one.
    /// </summary>
    public TimeSpan ReadTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>An idle connection unused this long must answer a RESET before reuse; null = never check.</summary>
    public TimeSpan? IdleTimeBeforeLivenessCheck { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Connections older than this are closed instead of reused.</summary>
    public TimeSpan MaxConnectionLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Records asked for per PULL.</summary>
    public long FetchSize { get; set; } = 1000;

    /// <summary>Time budget of a managed transaction's retries.</summary>
    public TimeSpan MaxTransactionRetryTime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Delay before the first retry; doubled after each one, with ±20 % jitter.</summary>
    public TimeSpan InitialRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Largest message accepted from the server, in bytes.</summary>
    public int MaxMessageSize { get; set; } = 256 * 1024 * 1024;

    /// <summary>The application's name and version sent as <c>user_agent</c>.</summary>
    public string UserAgent { get; set; } = Connections.BoltAgent.Product;

    /// <summary>Offer the manifest handshake (Bolt 5.7+ servers) besides the classic version slots.</summary>
    public bool UseManifestHandshake { get; set; } = true;
}
