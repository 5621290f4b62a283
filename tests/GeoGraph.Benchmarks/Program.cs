using BenchmarkDotNet.Running;
using GeoGraph.Benchmarks.Load;

// `load …` runs the loopback load benchmark (wrk, autocannon) against the real server;
// anything else goes to BenchmarkDotNet: one class per subject, chosen with --filter.
if (args is ["load", .. var rest])
    return await LoadRun.RunAsync(rest, Console.Out);
BenchmarkSwitcher.FromAssembly(typeof(LoadRun).Assembly).Run(args);
return 0;
