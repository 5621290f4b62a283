namespace GeoGraph.Bolt.Transactions;

/// <summary>Whether a transaction reads or writes; under <c>neo4j://</c> it picks readers or the writer.</summary>
public enum AccessMode
{
    /// <summary>Reads only; may run on any reader.</summary>
    Read,

    /// <summary>May write; runs on the writer (leader).</summary>
    Write,
}
