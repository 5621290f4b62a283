using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage;

/// <summary>How often an entity came up over time.</summary>
/// <param name="Since">Only claims reported at or after this time.</param>
/// <param name="Until">Only claims reported at or before this time.</param>
public sealed record TimelineQuery(
    EntityId Entity,
    DateTimeOffset? Since = null,
    DateTimeOffset? Until = null,
    TimeBucket Bucket = TimeBucket.Month)
{
    /// <summary>Throws <see cref="InvalidQueryException"/> when the time window is inverted.</summary>
    public TimelineQuery Validated()
    {
        QueryChecks.TimeWindow(Since, Until);
        return this;
    }
}
