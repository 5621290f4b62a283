using GeoGraph.Bolt.Connections;

namespace GeoGraph.Bolt.Tests.Connections;

public sealed class BoltUriTests
{
    [Theory]
    [InlineData("bolt://db", false, "None", "db:7687")]
    [InlineData("bolt+s://db:7000", false, "VerifyCertificate", "db:7000")]
    [InlineData("bolt+ssc://db", false, "TrustAnyCertificate", "db:7687")]
    [InlineData("neo4j://db", true, "None", "db:7687")]
    [InlineData("neo4j+s://db", true, "VerifyCertificate", "db:7687")]
    [InlineData("neo4j+ssc://db:1", true, "TrustAnyCertificate", "db:1")]
    public void ReadsRoutingTlsAndAddressFromTheScheme(string uri, bool routing, string tls, string address)
    {
        var parsed = BoltUri.Parse(new Uri(uri));

        Assert.Equal((routing, tls, address), (parsed.Routing, parsed.Tls.ToString(), parsed.Address.ToString()));
    }

    [Fact]
    public void TurnsQueryParametersIntoTheRoutingContext()
    {
        var parsed = BoltUri.Parse(new Uri("neo4j://db:7687?policy=europe&region=eu%20west"));

        Assert.Equal(new Dictionary<string, object?> { ["address"] = "db:7687", ["policy"] = "europe", ["region"] = "eu west" }, parsed.RoutingContext);
    }
}
