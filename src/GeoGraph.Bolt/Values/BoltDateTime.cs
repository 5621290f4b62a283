namespace GeoGraph.Bolt.Values;

/// <summary>An instant with a UTC offset (PackStream structure <c>I</c>; legacy <c>F</c> on Bolt 4.4).</summary>
/// <param name="Seconds">UTC seconds since the Unix epoch.</param>
/// <param name="Nanoseconds">Nanoseconds within the second (0–999 999 999).</param>
/// <param name="OffsetSeconds">The offset from UTC, in seconds.</param>
public sealed record BoltDateTime(long Seconds, int Nanoseconds, int OffsetSeconds)
{
    /// <summary>Converts a <see cref="DateTimeOffset"/>.</summary>
    public static BoltDateTime FromDateTimeOffset(DateTimeOffset value)
    {
        var (seconds, nanos) = TemporalMath.SplitTicks(value.UtcTicks - DateTime.UnixEpoch.Ticks);
        return new BoltDateTime(seconds, nanos, (int)value.Offset.TotalSeconds);
    }

    /// <summary>Converts to a <see cref="DateTimeOffset"/>, dropping nanoseconds below 100.</summary>
    public DateTimeOffset ToDateTimeOffset()
    {
        var utc = new DateTimeOffset(DateTime.UnixEpoch.Ticks + TemporalMath.ToTicks(Seconds, Nanoseconds), TimeSpan.Zero);
        return utc.ToOffset(TimeSpan.FromSeconds(OffsetSeconds));
    }
}
