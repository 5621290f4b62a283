namespace GeoGraph.Bolt.Values;

/// <summary>A calendar date (PackStream structure <c>D</c>) as days since 1970-01-01; wider than <see cref="DateOnly"/>.</summary>
/// <param name="Days">Days since the Unix epoch (negative before it).</param>
public sealed record BoltDate(long Days)
{
    private static readonly int EpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;

    /// <summary>Converts a <see cref="DateOnly"/>.</summary>
    public static BoltDate FromDateOnly(DateOnly date) => new(date.DayNumber - (long)EpochDayNumber);

    /// <summary>Converts to <see cref="DateOnly"/>; throws when the date is outside years 1–9999.</summary>
    public DateOnly ToDateOnly() => DateOnly.FromDayNumber(checked((int)(Days + EpochDayNumber)));
}
