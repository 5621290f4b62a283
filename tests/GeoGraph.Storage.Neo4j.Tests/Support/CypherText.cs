using System.Text.RegularExpressions;

namespace GeoGraph.Storage.Neo4j.Tests.Support;

/// <summary>What a statement's text says about its parameters.</summary>
internal static partial class CypherText
{
    /// <summary>The $parameters a statement reads (comments excluded).</summary>
    public static IReadOnlySet<string> Parameters(string text) =>
        ParameterPattern().Matches(string.Join('\n', text.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal))))
            .Select(m => m.Groups[1].Value)
            .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex ParameterPattern();
}
