namespace GeoGraph.Bolt.Values;

/// <summary>A date and time without zone (PackStream structure <c>d</c>): wall-clock seconds since the epoch plus nanoseconds.</summary>
/// <param name="Seconds">Seconds from 1970-01-01T00:00 of the wall clock.</param>
/// <param name="Nanoseconds">Nanoseconds within the second (0–999 999 999).</param>
public sealed record BoltLocalDateTime(long Seconds, int Nanoseconds)
{
    /// <summary>Converts a <see cref="DateTime"/>, ignoring its <see cref="DateTime.Kind"/>.</summary>
    public static BoltLocalDateTime FromDateTime(DateTime value)
    {
        var (seconds, nanos) = TemporalMath.SplitTicks(value.Ticks - DateTime.UnixEpoch.Ticks);
        return new BoltLocalDateTime(seconds, nanos);
    }

    /// <summary>Converts to a <see cref="DateTime"/> of kind Unspecified, dropping nanoseconds below 100.</summary>
    public DateTime ToDateTime() => new(DateTime.UnixEpoch.Ticks + TemporalMath.ToTicks(Seconds, Nanoseconds), DateTimeKind.Unspecified);
}
