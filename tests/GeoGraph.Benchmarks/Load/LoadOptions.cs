using System.Globalization;

namespace GeoGraph.Benchmarks.Load;

/// <summary>
/// Settings of a load run, from <c>load [--small N] [--large N] [--seconds N] [--connections N] [--share P] [--tail-only]</c>;
/// <c>--tail-only</c> leaves out the network comparison, for looking at the steady-rate tails alone, and
/// <c>--share</c> sets the steady rate as a percentage of each endpoint's peak (50, half peak, by default).
/// </summary>
internal sealed record LoadOptions(int SmallClaims, int LargeClaims, int Seconds, int Connections, int PeakShare, bool TailOnly)
{
    public static LoadOptions Parse(string[] args)
    {
        int Value(string name, int fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
        }
        return new LoadOptions(Value("--small", 10_000), Value("--large", 100_000), Value("--seconds", 15), Value("--connections", 32), Value("--share", 50), args.Contains("--tail-only"));
    }
}
