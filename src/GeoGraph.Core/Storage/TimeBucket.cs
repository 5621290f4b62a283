namespace GeoGraph.Core.Storage;

/// <summary>The width of a timeline bucket. Buckets are in UTC.</summary>
public enum TimeBucket
{
    /// <summary>One calendar day.</summary>
    Day,

    /// <summary>One ISO week, starting on Monday.</summary>
    Week,

    /// <summary>One calendar month.</summary>
    Month,
}
