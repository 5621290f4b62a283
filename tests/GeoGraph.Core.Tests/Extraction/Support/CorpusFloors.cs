using System.Globalization;

namespace GeoGraph.Core.Tests.Extraction.Support;

/// <summary>
/// The committed per-article floors of an annotated corpus folder (Data/corpus-floors.tsv for tests/corpus/articles,
/// Data/holdoutN-floors.tsv for the development sets): the scores reached so far, so that quality
/// only goes up. Set GEOGRAPH_WRITE_FLOORS=1 to record the current scores instead.
/// </summary>
internal static class CorpusFloors
{
    public static bool Writing => Environment.GetEnvironmentVariable("GEOGRAPH_WRITE_FLOORS") == "1";

    public static string SourcePath(string set) =>
        Path.Combine(RepositoryPaths.Root, "tests", "GeoGraph.Core.Tests", "Extraction", "Data", set == "articles" ? "corpus-floors.tsv" : $"{set}-floors.tsv");

    public static IReadOnlyDictionary<string, Scores> Read(string set)
    {
        var floors = new Dictionary<string, Scores>(StringComparer.Ordinal);
        if (!File.Exists(SourcePath(set)))
            return floors;
        foreach (var line in File.ReadLines(SourcePath(set)))
        {
            if (line.StartsWith('#') || string.IsNullOrWhiteSpace(line))
                continue;
            var c = line.Split('\t');
            floors[c[0]] = new Scores(Parse(c[1]), Parse(c[2]), Parse(c[3]), Parse(c[4]));
        }
        return floors;
    }

    public static void Write(string set, IReadOnlyDictionary<string, Scores> scores)
    {
        var lines = new List<string>
        {
            $"# Per-article floors of tests/corpus/{set}: the scores the rule-based extractor reached.",
            "# A change that drops an article below its floor fails CorpusScoreTests. Raise them, never lower them.",
            "# article\tentity_f1\tclaim_f1\tspeaker_accuracy\trelation_f1",
        };
        lines.AddRange(scores.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p =>
            string.Join('\t', p.Key, Format(p.Value.EntityF1), Format(p.Value.ClaimF1), Format(p.Value.SpeakerAccuracy), Format(p.Value.RelationF1))));
        File.WriteAllLines(SourcePath(set), lines);
    }

    private static double Parse(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    private static string Format(double d) => d.ToString("0.000", CultureInfo.InvariantCulture);
}
