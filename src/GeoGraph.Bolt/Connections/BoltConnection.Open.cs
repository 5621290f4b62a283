using System.Net.Security;
using System.Net.Sockets;
using GeoGraph.Bolt.Diagnostics;
using GeoGraph.Bolt.Errors;

namespace GeoGraph.Bolt.Connections;

/// <summary>Opening: TCP connect, optional TLS, handshake, HELLO (+ LOGON), each within the connection timeout.</summary>
internal sealed partial class BoltConnection
{
    public static async Task<BoltConnection> OpenAsync(ServerAddress address, ConnectionSettings settings, CancellationToken cancellationToken)
    {
        using var activity = BoltTelemetry.Source.StartActivity("bolt.connect");
        activity?.SetTag("server.address", address.Host);
        activity?.SetTag("server.port", address.Port);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.ConnectionTimeout);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        BoltConnection? connection = null;
        try
        {
            await socket.ConnectAsync(address.Host, address.Port, timeout.Token).ConfigureAwait(false);
            var stream = await SecureAsync(new NetworkStream(socket, ownsSocket: false), address, settings.Tls, timeout.Token).ConfigureAwait(false);
            connection = new BoltConnection(socket, stream, address, settings);
            await connection.HandshakeAsync(timeout.Token).ConfigureAwait(false);
            await connection.HelloAsync(timeout.Token).ConfigureAwait(false);
            connection._input.ReadTimeout = connection.EffectiveReadTimeout;
            BoltTelemetry.ConnectionsOpened.Add(1);
            activity?.SetTag("bolt.version", connection.Version.ToString());
            return connection;
        }
        catch (Exception e)
        {
            if (connection is not null)
            {
                connection.MarkBroken();
                await connection.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                socket.Dispose();
            }

            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, e.Message);
            throw Translate(e, address, settings, cancellationToken);
        }
    }

    private static Exception Translate(Exception e, ServerAddress address, ConnectionSettings settings, CancellationToken cancellationToken) => e switch
    {
        OperationCanceledException when cancellationToken.IsCancellationRequested => e,
        OperationCanceledException => new ServiceUnavailableException($"Could not connect to {address} within {settings.ConnectionTimeout.TotalSeconds:0.###} s.", e),
        SocketException or IOException => new ServiceUnavailableException($"Could not connect to {address}: {e.Message}", e),
        System.Security.Authentication.AuthenticationException => new BoltSecurityException($"TLS with {address} failed: {e.Message}", e),
        _ => e,
    };

    private static async Task<Stream> SecureAsync(NetworkStream stream, ServerAddress address, TlsMode tls, CancellationToken cancellationToken)
    {
        if (tls == TlsMode.None)
        {
            return stream;
        }

        var ssl = new SslStream(stream, leaveInnerStreamOpen: false);
        var options = new SslClientAuthenticationOptions
        {
            TargetHost = address.Host,

            // bolt+ssc:// means "encrypt, but accept a self-signed certificate" (spec "URI schemes"):
            // the user asked for exactly this by choosing the scheme.
#pragma warning disable CA5359
            RemoteCertificateValidationCallback = tls == TlsMode.TrustAnyCertificate ? static (_, _, _, _) => true : null,
#pragma warning restore CA5359
        };
        await ssl.AuthenticateAsClientAsync(options, cancellationToken).ConfigureAwait(false);
        return ssl;
    }
}
