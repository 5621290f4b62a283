using System.Globalization;

namespace GeoGraph.Benchmarks.Load;

/// <summary>
/// Settings of a load run, from <c>load [--small N] [--large N] [--seconds N] [--connections N] [--tail-only]</c>;
/// <c>--tail-only</c> leaves out the network comparison, for looking at the half-peak tails alone.
/// </summary>
internal sealed record LoadOptions(int SmallClaims, int LargeClaims, int Seconds, int Connections, bool TailOnly)
{
    public static LoadOptions Parse(string[] args)
    {
        int Value(string name, int fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
        }
        return new LoadOptions(Value("--small", 10_000), Value("--large", 100_000), Value("--seconds", 15), Value("--connections", 32), args.Contains("--tail-only"));
    }
}
