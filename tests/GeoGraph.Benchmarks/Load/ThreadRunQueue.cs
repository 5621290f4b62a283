using System.Globalization;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace GeoGraph.Benchmarks.Load;

/// <summary>
/// How long the calling thread has so far waited, ready to run, for a core (Linux's schedstat): taken at
/// the start and the end of a request, it says how much of the request was spent preempted. Each thread
/// keeps its file open, so a reading costs one small read, not an open.
/// </summary>
internal static class ThreadRunQueue
{
    [ThreadStatic]
    private static SafeFileHandle? t_schedstat;

    /// <summary>The thread's run-queue wait so far in milliseconds; NaN where the kernel does not say.</summary>
    public static double WaitedMilliseconds()
    {
        if (!OperatingSystem.IsLinux())
            return double.NaN;
        t_schedstat ??= File.OpenHandle("/proc/thread-self/schedstat");
        Span<byte> text = stackalloc byte[96];
        var length = RandomAccess.Read(t_schedstat, text, 0);
        // "<ns on a core> <ns waiting in the run queue> <time slices>"
        var fields = Encoding.ASCII.GetString(text[..length]).Split(' ');
        return long.Parse(fields[1], CultureInfo.InvariantCulture) / 1e6;
    }
}
