using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage;

/// <summary>How often an entity (or, with no entity, anything at all) came up over time.</summary>
/// <param name="Entity">The entity whose mentions are counted; null counts every live claim.</param>
/// <param name="Since">Only claims reported at or after this time.</param>
/// <param name="Until">Only claims reported at or before this time.</param>
public sealed record TimelineQuery(
    EntityId? Entity,
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
