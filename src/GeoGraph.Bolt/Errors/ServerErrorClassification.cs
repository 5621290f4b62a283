namespace GeoGraph.Bolt.Errors;

/// <summary>The second part of a Neo4j status code (<c>Neo.&lt;Classification&gt;.&lt;Category&gt;.&lt;Title&gt;</c>).</summary>
public enum ServerErrorClassification
{
    /// <summary>The code did not follow the documented format.</summary>
    Unknown,

    /// <summary>The request was wrong; retrying it unchanged fails again.</summary>
    ClientError,

    /// <summary>A temporary condition (deadlock, leader switch, unavailable database); retrying may succeed.</summary>
    TransientError,

    /// <summary>The database failed; retrying will not help.</summary>
    DatabaseError,
}
