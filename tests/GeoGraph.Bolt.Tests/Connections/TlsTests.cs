using GeoGraph.Bolt.Errors;
using GeoGraph.Bolt.Tests.Support;

namespace GeoGraph.Bolt.Tests.Connections;

public sealed class TlsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ConnectsOverTlsWhenTheSchemeAcceptsSelfSignedCertificates()
    {
        using var certificate = SelfSignedCertificate.Create();
        await using var peer = ScriptedBoltPeer.StartTls(certificate, Scripts.Happy);

        await using (var driver = Drivers.For(new Uri($"bolt+ssc://{peer.Address}")))
        {
            Assert.Equal(1, await Scripts.ReadOneAsync(driver, Token));
        }

        await peer.AssertCompletedAsync();
    }

    [Fact]
    public async Task RefusesAnUntrustedCertificateWhenTheSchemeVerifies()
    {
        using var certificate = SelfSignedCertificate.Create();
        await using var peer = ScriptedBoltPeer.StartTls(certificate, Scripts.Happy);
        await using var driver = Drivers.For(new Uri($"bolt+s://{peer.Address}"));

        var error = await Assert.ThrowsAsync<BoltSecurityException>(() => driver.VerifyConnectivityAsync(Token));

        Assert.False(error.IsRetryable);
    }

    [Fact]
    public async Task DoesNotSpeakTlsOnAPlainBoltUri()
    {
        using var certificate = SelfSignedCertificate.Create();
        await using var peer = ScriptedBoltPeer.StartTls(certificate, Scripts.Happy);
        await using var driver = Drivers.For(new Uri($"bolt://{peer.Address}"), o => o.ConnectionTimeout = TimeSpan.FromMilliseconds(500));

        await Assert.ThrowsAnyAsync<BoltException>(() => driver.VerifyConnectivityAsync(Token));
    }

    [Theory]
    [InlineData("http://localhost:7687")]
    [InlineData("bolt://localhost:7687/db")]
    [InlineData("bolt://localhost:7687?policy=eu")]
    public void RejectsUrisThatAreNotBoltUris(string uri)
    {
        Assert.Throws<ArgumentException>(() => Drivers.For(new Uri(uri)));
    }
}
