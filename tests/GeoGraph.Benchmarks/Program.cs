using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using GeoGraph.Benchmarks.Load;

// `load …` runs the loopback load benchmark (wrk for peaks, `pace` for a steady rate) against the real server;
// anything else goes to BenchmarkDotNet: one class per subject, chosen with --filter.
if (args is ["load", .. var rest])
    return await LoadRun.RunAsync(rest, Console.Out);
if (args is ["pace", .. var pace])
    return await SteadyRate.RunAsync(pace, Console.Out);

// The benchmark project references the whole service, so its generated build needs longer than the default two minutes.
var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));
BenchmarkSwitcher.FromAssembly(typeof(LoadRun).Assembly).Run(args, config);
return 0;
