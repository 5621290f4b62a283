namespace GeoGraph.Bolt.Values;

/// <summary>A time of day without zone (PackStream structure <c>t</c>), in nanoseconds since midnight.</summary>
/// <param name="Nanoseconds">Nanoseconds since midnight.</param>
public sealed record BoltLocalTime(long Nanoseconds)
{
    /// <summary>Converts a <see cref="TimeOnly"/>.</summary>
    public static BoltLocalTime FromTimeOnly(TimeOnly time) => new(time.Ticks * TemporalMath.NanosecondsPerTick);

    /// <summary>Converts to <see cref="TimeOnly"/>, dropping nanoseconds below 100.</summary>
    public TimeOnly ToTimeOnly() => new(Nanoseconds / TemporalMath.NanosecondsPerTick);
}
