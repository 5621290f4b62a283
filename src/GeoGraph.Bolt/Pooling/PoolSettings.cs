namespace GeoGraph.Bolt.Pooling;

/// <summary>Limits of one server's connection pool.</summary>
internal sealed record PoolSettings(
    int MaxSize,
    TimeSpan AcquisitionTimeout,
    TimeSpan? IdleTimeBeforeLivenessCheck,
    TimeSpan MaxLifetime);
