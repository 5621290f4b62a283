namespace GeoGraph.Core.Storage;

/// <summary>Which bucket a moment falls in, the same way for every store.</summary>
public static class TimeBuckets
{
    /// <summary>The first day (UTC) of the <paramref name="bucket"/> holding <paramref name="time"/>.</summary>
    public static DateOnly StartOf(DateTimeOffset time, TimeBucket bucket)
    {
        var day = DateOnly.FromDateTime(time.UtcDateTime);
        return bucket switch
        {
            TimeBucket.Day => day,
            // DayOfWeek counts from Sunday; ISO weeks start on Monday.
            TimeBucket.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
            TimeBucket.Month => new DateOnly(day.Year, day.Month, 1),
            _ => throw new ArgumentOutOfRangeException(nameof(bucket), bucket, null),
        };
    }
}
