using BenchmarkDotNet.Running;

// One class per subject; pick them with --filter, e.g. `dotnet run -c Release -- --filter '*PackStream*'`.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
