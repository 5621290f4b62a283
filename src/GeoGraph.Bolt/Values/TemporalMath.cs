namespace GeoGraph.Bolt.Values;

/// <summary>Conversions between .NET ticks (100 ns) and the spec's seconds + nanoseconds pairs.</summary>
internal static class TemporalMath
{
    public const long NanosecondsPerTick = 100;

    public static (long Seconds, int Nanoseconds) SplitTicks(long ticks)
    {
        var seconds = Math.DivRem(ticks, TimeSpan.TicksPerSecond, out var remainder);
        if (remainder < 0)
        {
            seconds--;
            remainder += TimeSpan.TicksPerSecond;
        }

        return (seconds, (int)(remainder * NanosecondsPerTick));
    }

    public static long ToTicks(long seconds, int nanoseconds) =>
        checked((seconds * TimeSpan.TicksPerSecond) + (nanoseconds / NanosecondsPerTick));
}
