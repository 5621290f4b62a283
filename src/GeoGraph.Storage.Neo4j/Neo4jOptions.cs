using System.ComponentModel.DataAnnotations;
using GeoGraph.Bolt;
using GeoGraph.Bolt.Transactions;

namespace GeoGraph.Storage.Neo4j;

/// <summary>
/// Settings of the Neo4j store, bound from configuration section <c>Neo4j</c>. The password comes from the
/// environment (<c>Neo4j__Password</c>) or user secrets, never from a committed settings file.
/// </summary>
public sealed class Neo4jOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Neo4j";

    /// <summary><c>bolt://</c>, <c>bolt+s://</c>, <c>bolt+ssc://</c> for one server; <c>neo4j://</c> (and +s, +ssc) for a cluster.</summary>
    [Required]
    public string Uri { get; set; } = "";

    /// <summary>User for basic authentication; none means no authentication.</summary>
    public string? User { get; set; }

    /// <summary>The user's password; required with <see cref="User"/>.</summary>
    public string? Password { get; set; }

    /// <summary>The database; null uses the user's home database.</summary>
    public string? Database { get; set; }

    /// <summary>Most connections open to one server at a time.</summary>
    [Range(1, 1000)]
    public int MaxConnectionPoolSize { get; set; } = 100;

    /// <summary>How long to wait for a free pooled connection.</summary>
    public TimeSpan ConnectionAcquisitionTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Limit for connecting, TLS, handshake and authentication together.</summary>
    public TimeSpan ConnectionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The server aborts a transaction running longer than this; null leaves the server's default.</summary>
    public TimeSpan? TransactionTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Time budget for re-running a unit of work after transient errors.</summary>
    public TimeSpan MaxTransactionRetryTime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long start-up waits for new indexes to come online.</summary>
    public TimeSpan IndexWaitTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The driver settings these options stand for.</summary>
    public BoltDriverOptions ToDriverOptions() => new()
    {
        Uri = new Uri(Uri),
        User = string.IsNullOrEmpty(User) ? null : User,
        Password = Password,
        Database = string.IsNullOrEmpty(Database) ? null : Database,
        MaxPoolSize = MaxConnectionPoolSize,
        ConnectionAcquisitionTimeout = ConnectionAcquisitionTimeout,
        ConnectionTimeout = ConnectionTimeout,
        MaxTransactionRetryTime = MaxTransactionRetryTime,
    };

    internal TransactionConfig TransactionConfig() => new() { Timeout = TransactionTimeout };
}
