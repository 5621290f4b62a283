using BenchmarkDotNet.Attributes;
using GeoGraph.Api.GraphQL;
using GeoGraph.Api.Hosting;
using GeoGraph.Api.Security;
using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace GeoGraph.Benchmarks.Api;

/// <summary>
/// What refusing a hostile query costs against answering a normal entity lookup (the baseline), through
/// the service's own executer, limits and store. A refusal should cost less than the lookup it protects.
/// </summary>
[MemoryDiagnoser]
public class RequestLimitBenchmarks
{
    private const string Lookup = """{ entity(id: "group:taliban") { id name kind aliases } }""";
    private const string TooDeep = "{ claims(first: 1) { edges { node { relations { claims(first: 1) { edges { node { article { claims(first: 1) { edges { cursor } } } } } } } } } } }";
    private const string TooCostly = "{ claims(first: 100) { edges { node { relations { claims(first: 100) { edges { node { text } } } } } } } }";
    private static readonly string TooManyAliases = "{ stats { " + string.Concat(Enumerable.Range(0, 31).Select(i => $"a{i}: articles ")) + "} }";

    private WebApplication _app = null!;
    private IDocumentExecuter<GeoGraphSchema> _executer = null!;
    private string _folder = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("geograph-bench-").FullName;
        _app = WebApp.Create([$"--Storage:Sqlite:Path={Path.Combine(_folder, "bench.db")}", "--Serilog:MinimumLevel:Default=Warning"]);
        _app.Services.PrepareStoreAsync(seed: true, CancellationToken.None).GetAwaiter().GetResult();
        _executer = _app.Services.GetRequiredService<IDocumentExecuter<GeoGraphSchema>>();
        if (Execute(Lookup).Errors is { Count: > 0 } errors)
            throw new InvalidOperationException("The baseline lookup failed: " + errors[0].Message);
        foreach (var refused in new[] { TooDeep, TooCostly, TooManyAliases })
        {
            if (Execute(refused).Errors is not { Count: > 0 })
                throw new InvalidOperationException("A query meant to be refused ran: " + refused);
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public ExecutionResult EntityLookup() => Execute(Lookup);

    [Benchmark]
    public ExecutionResult DepthRefused() => Execute(TooDeep);

    [Benchmark]
    public ExecutionResult CostRefused() => Execute(TooCostly);

    [Benchmark]
    public ExecutionResult AliasesRefused() => Execute(TooManyAliases);

    private ExecutionResult Execute(string query)
    {
        using var scope = _app.Services.CreateScope();
        return _executer.ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            RequestServices = scope.ServiceProvider,
            UserContext = new CallerContext(Role.Reader, "benchmark"),
        }).GetAwaiter().GetResult();
    }
}
