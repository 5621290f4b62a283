namespace GeoGraph.Bolt.Tests.Support;

/// <summary>Drivers pointed at a scripted peer, with short timeouts and retry delays so that failures surface fast.</summary>
public static class Drivers
{
    public static BoltDriver For(ScriptedBoltPeer peer, Action<BoltDriverOptions>? configure = null) => For(peer.BoltUri, configure);

    public static BoltDriver For(Uri uri, Action<BoltDriverOptions>? configure = null)
    {
        var options = new BoltDriverOptions
        {
            Uri = uri,
            User = "neo4j",
            Password = "pass",
            ConnectionTimeout = TimeSpan.FromSeconds(5),
            ReadTimeout = TimeSpan.FromSeconds(5),
            ConnectionAcquisitionTimeout = TimeSpan.FromSeconds(5),
            InitialRetryDelay = TimeSpan.FromMilliseconds(5),
            MaxTransactionRetryTime = TimeSpan.FromSeconds(5),
            IdleTimeBeforeLivenessCheck = null,
        };
        configure?.Invoke(options);
        return BoltDriver.Create(options);
    }
}
