namespace GeoGraph.Bolt.Transactions;

/// <summary>Per-transaction settings sent in BEGIN.</summary>
public sealed record TransactionConfig
{
    /// <summary>The server aborts the transaction after this long (<c>tx_timeout</c>); null = server default.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Metadata attached to the transaction (<c>tx_metadata</c>), visible in the server's transaction listing.</summary>
    public IReadOnlyDictionary<string, object?>? Metadata { get; init; }

    /// <summary>The database; null = the driver's <c>BoltDriverOptions.Database</c> (or the server's home database).</summary>
    public string? Database { get; init; }

    /// <summary>Bookmarks to wait for in addition to the driver's own (causal chaining across drivers).</summary>
    public IReadOnlyList<string>? Bookmarks { get; init; }

    internal static TransactionConfig Default { get; } = new();
}
