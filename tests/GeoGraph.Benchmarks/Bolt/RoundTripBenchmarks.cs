using System.Net.Sockets;
using BenchmarkDotNet.Attributes;
using GeoGraph.Bolt.Connections;
using GeoGraph.Bolt.Messages;
using GeoGraph.Bolt.Results;

namespace GeoGraph.Benchmarks.Bolt;

/// <summary>
/// A RUN+PULL round trip returning 100 six-column records on loopback, through GeoGraph.Bolt's
/// connection, against a raw socket that sends the same request bytes and reads the same response bytes.
/// </summary>
[MemoryDiagnoser]
public class BoltRoundTripBenchmarks
{
    private const int Rows = 100;
    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();
    private static readonly RunMessage Run = new("UNWIND $rows AS row RETURN row", Empty, Empty);

    private LoopbackBoltServer _boltServer = null!;
    private LoopbackBoltServer _rawServer = null!;
    private BoltConnection _connection = null!;
    private Socket _rawSocket = null!;
    private NetworkStream _rawStream = null!;
    private byte[] _request = [];
    private byte[] _responseBuffer = [];

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var response = await LoopbackBoltServer.FrameAsync(
        [
            w => { w.WriteStructureHeader(1, 0x70); w.WriteValue(new Dictionary<string, object?> { ["fields"] = new[] { "id", "name", "score", "active", "since", "aliases" }, ["t_first"] = 1L }); },
            .. ResultRows.Values.Take(Rows).Select(row => (Action<GeoGraph.Bolt.PackStream.PackStreamWriter>)(w => { w.WriteStructureHeader(1, 0x71); w.WriteValue(row); })),
            w => { w.WriteStructureHeader(1, 0x70); w.WriteValue(new Dictionary<string, object?> { ["type"] = "r", ["t_last"] = 1L, ["db"] = "neo4j" }); },
        ]);
        _request = await LoopbackBoltServer.FrameAsync([Run.Write, new PullMessage(1000).Write]);
        _responseBuffer = new byte[response.Length];

        _boltServer = new LoopbackBoltServer(response, rawRequestLength: null);
        var settings = new ConnectionSettings(new Dictionary<string, object?> { ["scheme"] = "none" }, "bench/1", TlsMode.None, null, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30), int.MaxValue, UseManifestHandshake: false);
        _connection = await BoltConnection.OpenAsync(new ServerAddress("127.0.0.1", _boltServer.Port), settings, CancellationToken.None);

        _rawServer = new LoopbackBoltServer(response, _request.Length);
        _rawSocket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await _rawSocket.ConnectAsync("127.0.0.1", _rawServer.Port);
        _rawStream = new NetworkStream(_rawSocket);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _connection.MarkBroken();
        await _connection.DisposeAsync();
        await _rawStream.DisposeAsync();
        _rawSocket.Dispose();
        await _boltServer.DisposeAsync();
        await _rawServer.DisposeAsync();
    }

    [Benchmark(Baseline = true)]
    public async Task<int> RawSocketEcho()
    {
        await _rawStream.WriteAsync(_request);
        await _rawStream.ReadExactlyAsync(_responseBuffer);
        return _responseBuffer.Length;
    }

    [Benchmark]
    public async Task<int> BoltRunPull()
    {
        var result = await BoltResult.StartAsync(_connection, Run, 1000, null, null, CancellationToken.None);
        var records = await result.ToListAsync();
        return records.Count;
    }
}
