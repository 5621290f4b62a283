namespace GeoGraph.Bolt.Values;

/// <summary>An instant in a named time zone (PackStream structure <c>i</c>; legacy <c>f</c> on Bolt 4.4).</summary>
/// <param name="Seconds">UTC seconds since the Unix epoch.</param>
/// <param name="Nanoseconds">Nanoseconds within the second (0–999 999 999).</param>
/// <param name="ZoneId">The IANA zone name, e.g. <c>Europe/Kyiv</c>.</param>
public sealed record BoltDateTimeZoneId(long Seconds, int Nanoseconds, string ZoneId)
{
    /// <summary>The instant as a UTC <see cref="DateTimeOffset"/>, dropping nanoseconds below 100.</summary>
    public DateTimeOffset ToUniversalTime() =>
        new(DateTime.UnixEpoch.Ticks + TemporalMath.ToTicks(Seconds, Nanoseconds), TimeSpan.Zero);
}
