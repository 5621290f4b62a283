using GeoGraph.Bolt.Errors;

namespace GeoGraph.Bolt.PackStream;

/// <summary>
/// Converts between UTC and wall-clock seconds for the legacy Bolt 4.4 zone-id DateTime (tag <c>f</c>),
/// which carries local seconds and so needs the zone's rules to find the instant.
/// </summary>
internal static class LegacyZoneTime
{
    public static long LocalToUtc(long localSeconds, string zoneId)
    {
        var zone = Find(zoneId);
        var local = DateTime.UnixEpoch.AddSeconds(localSeconds);
        var offset = zone.GetUtcOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified));
        return localSeconds - (long)offset.TotalSeconds;
    }

    public static long UtcToLocal(long utcSeconds, string zoneId)
    {
        var zone = Find(zoneId);
        var offset = zone.GetUtcOffset(DateTime.SpecifyKind(DateTime.UnixEpoch.AddSeconds(utcSeconds), DateTimeKind.Utc));
        return utcSeconds + (long)offset.TotalSeconds;
    }

    private static TimeZoneInfo Find(string zoneId)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new BoltProtocolException($"The time zone '{zoneId}' of a legacy Bolt 4.4 DateTime is unknown on this machine.", e);
        }
    }
}
