namespace GeoGraph.Bolt.Transactions;

/// <summary>Where a <see cref="BoltTransaction"/> is in its life.</summary>
internal enum TransactionState
{
    Active,
    Committed,
    RolledBack,
    Failed,
    Released,
}
