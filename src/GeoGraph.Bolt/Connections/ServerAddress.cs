using System.Globalization;

namespace GeoGraph.Bolt.Connections;

/// <summary>A server's host and port, as dialled or as listed in a routing table (<c>host:port</c>).</summary>
/// <param name="Host">The host name or IP address.</param>
/// <param name="Port">The TCP port.</param>
public readonly record struct ServerAddress(string Host, int Port)
{
    /// <summary>The default Bolt port.</summary>
    public const int DefaultPort = 7687;

    /// <summary>Parses <c>host</c>, <c>host:port</c> or <c>[v6]:port</c>.</summary>
    public static ServerAddress Parse(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (text.StartsWith('['))
        {
            var close = text.IndexOf(']', StringComparison.Ordinal);
            var host = text[1..close];
            return new ServerAddress(host, close + 2 < text.Length ? int.Parse(text[(close + 2)..], CultureInfo.InvariantCulture) : DefaultPort);
        }

        var colon = text.LastIndexOf(':');
        return colon < 0
            ? new ServerAddress(text, DefaultPort)
            : new ServerAddress(text[..colon], int.Parse(text[(colon + 1)..], CultureInfo.InvariantCulture));
    }

    /// <summary>"host:port".</summary>
    public override string ToString() => Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]:{Port}" : $"{Host}:{Port}";
}
