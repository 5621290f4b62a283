using System.Diagnostics;

namespace GeoGraph.Benchmarks.Load;

/// <summary>
/// Gives the server and the load generator a core each (when there are at least two), so the generator's
/// own work does not queue the server's requests and "half of peak" means half of the server's core.
/// The server's affinity is narrowed once it runs rather than by starting it under taskset: a runtime that
/// starts on one core takes the machine for a single-core one (workstation, non-concurrent GC; in a trial
/// the GraphQL path still ran unoptimised tier-0 code after 30 s of load), which is not the service here.
/// Threads the runtime made before (finalizer, tiered compiler) keep both cores.
/// </summary>
internal static class CorePinning
{
    private static bool Pinned => Environment.ProcessorCount >= 2 && File.Exists("/usr/bin/taskset");

    public static void PinServer(TextWriter log)
    {
        if (!Pinned || !OperatingSystem.IsLinux())
        {
            log.WriteLine("  cores not pinned: server and load generator share the machine");
            return;
        }
        Process.GetCurrentProcess().ProcessorAffinity = 1;
        log.WriteLine("  server pinned to core 0, load generators to core 1");
    }

    public static ProcessStartInfo ClientProcess(string program, IEnumerable<string> arguments)
    {
        var start = Pinned ? new ProcessStartInfo("taskset") : new ProcessStartInfo(program);
        if (Pinned)
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add("1");
            start.ArgumentList.Add(program);
        }
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        return start;
    }
}
