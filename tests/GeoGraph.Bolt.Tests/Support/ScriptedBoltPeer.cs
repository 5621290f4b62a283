using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace GeoGraph.Bolt.Tests.Support;

/// <summary>
/// A loopback Bolt server that plays scripted conversations: connection <c>n</c> plays script
/// <c>n</c> (the last script repeats when it says <c>!: ALLOW RESTART</c>; otherwise extra
/// connections are errors). Every deviation from the script is recorded and fails <see cref="AssertCompletedAsync"/>.
/// </summary>
public sealed class ScriptedBoltPeer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly BoltScript[] _scripts;
    private readonly X509Certificate2? _certificate;
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly ConcurrentQueue<string> _received = new();
    private readonly List<Task> _sessions = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _acceptLoop;
    private int _connections;

    private ScriptedBoltPeer(string[] scripts, X509Certificate2? certificate)
    {
        _certificate = certificate;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        _scripts = [.. scripts.Select(s => BoltScript.Parse(s.Replace("#ADDRESS#", Address, StringComparison.Ordinal)))];
        _acceptLoop = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public string Address => $"127.0.0.1:{Port}";

    public Uri BoltUri => new($"bolt://{Address}");

    public Uri RoutingUri => new($"neo4j://{Address}");

    public int ConnectionCount => Volatile.Read(ref _connections);

    /// <summary>Every client message received, as "NAME field field" (JSON-ish), in arrival order.</summary>
    public IReadOnlyList<string> Received => [.. _received];

    /// <summary>Starts a peer; <c>#ADDRESS#</c> in a script stands for the peer's own host:port.</summary>
    public static ScriptedBoltPeer Start(params string[] scripts) => new(scripts, null);

    public static ScriptedBoltPeer StartTls(X509Certificate2 certificate, params string[] scripts) => new(scripts, certificate);

    /// <summary>Waits for every connection's script to finish and fails on any deviation.</summary>
    public async Task AssertCompletedAsync()
    {
        Task[] sessions;
        lock (_sessions)
        {
            sessions = [.. _sessions];
        }

        var all = Task.WhenAll(sessions);
        if (await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(10))) != all)
        {
            _errors.Enqueue("A scripted conversation did not finish within 10 s.");
        }

        Assert.True(_errors.IsEmpty, string.Join(Environment.NewLine, _errors) + Environment.NewLine + "Received: " + string.Join(" | ", _received));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _acceptLoop;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    internal void Fail(string error) => _errors.Enqueue(error);

    internal void Record(string message) => _received.Enqueue(message);

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            var index = Interlocked.Increment(ref _connections) - 1;
            BoltScript? script = index < _scripts.Length ? _scripts[index] : _scripts[^1].AllowRestart ? _scripts[^1] : null;
            if (script is null)
            {
                Fail($"Unexpected connection #{index + 1}: the scripts cover {_scripts.Length}.");
                client.Dispose();
                continue;
            }

            var session = new PeerSession(this, client, script, _certificate, index + 1);
            lock (_sessions)
            {
                _sessions.Add(Task.Run(() => session.RunAsync(_stop.Token)));
            }
        }
    }
}
