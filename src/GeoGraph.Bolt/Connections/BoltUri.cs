using System.Globalization;

namespace GeoGraph.Bolt.Connections;

/// <summary>What a driver URI means (spec "URI schemes"): the first address, TLS mode, routing and routing context.</summary>
internal sealed record BoltUri(ServerAddress Address, TlsMode Tls, bool Routing, IReadOnlyDictionary<string, object?> RoutingContext)
{
    public static BoltUri Parse(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!uri.IsAbsoluteUri)
        {
            throw new ArgumentException("The Bolt URI must be absolute, e.g. bolt://localhost:7687.", nameof(uri));
        }

        var (routing, tls) = uri.Scheme.ToLowerInvariant() switch
        {
            "bolt" => (false, TlsMode.None),
            "bolt+s" => (false, TlsMode.VerifyCertificate),
            "bolt+ssc" => (false, TlsMode.TrustAnyCertificate),
            "neo4j" => (true, TlsMode.None),
            "neo4j+s" => (true, TlsMode.VerifyCertificate),
            "neo4j+ssc" => (true, TlsMode.TrustAnyCertificate),
            var other => throw new ArgumentException($"Unsupported URI scheme '{other}'; use bolt, bolt+s, bolt+ssc, neo4j, neo4j+s or neo4j+ssc.", nameof(uri)),
        };
        if (uri.AbsolutePath is not ("" or "/"))
        {
            throw new ArgumentException("A Bolt URI has no path.", nameof(uri));
        }

        var address = new ServerAddress(uri.IdnHost, uri.IsDefaultPort || uri.Port < 0 ? ServerAddress.DefaultPort : uri.Port);
        var context = new Dictionary<string, object?>(StringComparer.Ordinal) { ["address"] = address.ToString() };
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!routing)
            {
                throw new ArgumentException("Routing context (query parameters) is only allowed with neo4j:// URIs.", nameof(uri));
            }

            var parts = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(parts[0]);
            if (key == "address")
            {
                throw new ArgumentException("The routing context may not set 'address'.", nameof(uri));
            }

            context[key] = parts.Length == 2 ? Uri.UnescapeDataString(parts[1]) : string.Empty;
        }

        return new BoltUri(address, tls, routing, context);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{(Routing ? "neo4j" : "bolt")}://{Address}");
}
