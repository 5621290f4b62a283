namespace GeoGraph.Bolt.Connections;

/// <summary>How a connection is encrypted, from the URI scheme (<c>bolt</c>, <c>bolt+s</c>, <c>bolt+ssc</c>).</summary>
internal enum TlsMode
{
    None,
    VerifyCertificate,
    TrustAnyCertificate,
}
