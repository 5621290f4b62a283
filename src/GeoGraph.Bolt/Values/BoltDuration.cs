namespace GeoGraph.Bolt.Values;

/// <summary>A duration (PackStream structure <c>E</c>); months and days are kept apart because their length varies.</summary>
/// <param name="Months">Whole months.</param>
/// <param name="Days">Whole days.</param>
/// <param name="Seconds">Seconds.</param>
/// <param name="Nanoseconds">Nanoseconds added to <paramref name="Seconds"/>.</param>
public sealed record BoltDuration(long Months, long Days, long Seconds, int Nanoseconds)
{
    /// <summary>Converts a <see cref="TimeSpan"/> into seconds and nanoseconds.</summary>
    public static BoltDuration FromTimeSpan(TimeSpan value)
    {
        var (seconds, nanos) = TemporalMath.SplitTicks(value.Ticks);
        return new BoltDuration(0, 0, seconds, nanos);
    }
}
