using GeoGraph.Bolt.Values;

namespace GeoGraph.Benchmarks.Bolt;

/// <summary>A 1,000-row, six-column result of mixed types, as PackStream values and as typed rows for System.Text.Json.</summary>
public static class ResultRows
{
    public const int Count = 1000;

    public static object?[][] Values { get; } = [.. Enumerable.Range(0, Count).Select(i => new object?[]
    {
        (long)i * 7919,
        $"Organisation {i}",
        i / 3.0,
        i % 2 == 0,
        new BoltDate(19_000 + i),
        new object?[] { "alias-a", $"alias-{i}" },
    })];

    public static Row[] Typed { get; } = [.. Values.Select(v => new Row(
        (long)v[0]!,
        (string)v[1]!,
        (double)v[2]!,
        (bool)v[3]!,
        ((BoltDate)v[4]!).ToDateOnly(),
        [.. ((object?[])v[5]!).Cast<string>()]))];
}

/// <summary>The same row for the System.Text.Json baseline.</summary>
public sealed record Row(long Id, string Name, double Score, bool Active, DateOnly Since, IReadOnlyList<string> Aliases);
