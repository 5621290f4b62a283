using System.Diagnostics;
using System.Globalization;

namespace GeoGraph.Benchmarks.Load;

/// <summary>
/// What the server's process spent over a stretch of a run: garbage collections and their pauses,
/// allocation, lock contention, CPU, and (Linux) the time its threads were ready but waited for a core
/// (the scheduler's run-queue wait, from <c>/proc/self/task/*/schedstat</c>) and how often they were preempted.
/// </summary>
internal sealed record RuntimeSnapshot(
    int Gen0, int Gen1, int Gen2, TimeSpan GcPause, long AllocatedBytes, long LockContentions,
    TimeSpan Cpu, TimeSpan RunQueueWait, long Preemptions, int PoolThreads)
{
    public static RuntimeSnapshot Take()
    {
        var (wait, preemptions) = SchedulerShare();
        return new RuntimeSnapshot(
            GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(),
            GC.GetTotalAllocatedBytes(precise: false), Monitor.LockContentionCount,
            Process.GetCurrentProcess().TotalProcessorTime, wait, preemptions, ThreadPool.ThreadCount);
    }

    /// <summary>The difference from <paramref name="before"/>; the pool's thread count stays the later one.</summary>
    public RuntimeSnapshot Since(RuntimeSnapshot before) => new(
        Gen0 - before.Gen0, Gen1 - before.Gen1, Gen2 - before.Gen2, GcPause - before.GcPause,
        AllocatedBytes - before.AllocatedBytes, LockContentions - before.LockContentions,
        Cpu - before.Cpu, RunQueueWait - before.RunQueueWait, Preemptions - before.Preemptions, PoolThreads);

    /// <summary>One line per stretch, per request where that is what matters.</summary>
    public string Describe(int requests, int seconds)
    {
        var perRequest = Math.Max(requests, 1);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Cpu.TotalSeconds / seconds:P0} of a core busy; GC {Gen0}/{Gen1}/{Gen2} (gen0/1/2), paused {GcPause.TotalMilliseconds:0.0} ms in all; {AllocatedBytes / perRequest / 1024.0:0.0} KiB allocated and {Cpu.TotalMicroseconds / perRequest:0} µs CPU per request; "
            + $"{LockContentions} lock contentions; waited for a core {RunQueueWait.TotalMilliseconds / seconds:0.0} ms/s, preempted {Preemptions / (double)seconds:0}/s; {PoolThreads} pool threads");
    }

    private static (TimeSpan Wait, long Preemptions) SchedulerShare()
    {
        if (!OperatingSystem.IsLinux())
            return (TimeSpan.Zero, 0);
        long waitNanoseconds = 0, preemptions = 0;
        foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            try
            {
                // schedstat: time on a core, time waiting in the run queue (both ns), time slices.
                var fields = File.ReadAllText(Path.Combine(task, "schedstat")).Split(' ');
                waitNanoseconds += long.Parse(fields[1], CultureInfo.InvariantCulture);
                foreach (var line in File.ReadLines(Path.Combine(task, "status")))
                {
                    if (line.StartsWith("nonvoluntary_ctxt_switches:", StringComparison.Ordinal))
                        preemptions += long.Parse(line.AsSpan(line.IndexOf(':') + 1).Trim(), CultureInfo.InvariantCulture);
                }
            }
            catch (IOException)
            {
                // The thread ended while being read.
            }
        }
        return (TimeSpan.FromTicks(waitNanoseconds / 100), preemptions);
    }
}
