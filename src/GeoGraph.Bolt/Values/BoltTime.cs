namespace GeoGraph.Bolt.Values;

/// <summary>A time of day with a UTC offset (PackStream structure <c>T</c>).</summary>
/// <param name="Nanoseconds">Nanoseconds since local midnight.</param>
/// <param name="OffsetSeconds">The offset from UTC, in seconds.</param>
public sealed record BoltTime(long Nanoseconds, int OffsetSeconds)
{
    /// <summary>The local time of day.</summary>
    public TimeOnly ToTimeOnly() => new(Nanoseconds / TemporalMath.NanosecondsPerTick);

    /// <summary>The offset from UTC.</summary>
    public TimeSpan Offset => TimeSpan.FromSeconds(OffsetSeconds);
}
