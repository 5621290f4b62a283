using System.Globalization;

namespace GeoGraph.Core.Tests.Extraction.Support;

/// <summary>
/// The committed per-article floors of the regression corpus (Data/corpus-floors.tsv): the scores reached
/// so far, so that quality only goes up. Set GEOGRAPH_WRITE_FLOORS=1 to record the current scores instead.
/// </summary>
internal static class CorpusFloors
{
    public const string FileName = "corpus-floors.tsv";

    public static bool Writing => Environment.GetEnvironmentVariable("GEOGRAPH_WRITE_FLOORS") == "1";

    public static string SourcePath => Path.Combine(RepositoryPaths.Root, "tests", "GeoGraph.Core.Tests", "Extraction", "Data", FileName);

    public static IReadOnlyDictionary<string, Scores> Read()
    {
        var floors = new Dictionary<string, Scores>(StringComparer.Ordinal);
        if (!File.Exists(SourcePath))
            return floors;
        foreach (var line in File.ReadLines(SourcePath))
        {
            if (line.StartsWith('#') || string.IsNullOrWhiteSpace(line))
                continue;
            var c = line.Split('\t');
            floors[c[0]] = new Scores(Parse(c[1]), Parse(c[2]), Parse(c[3]), Parse(c[4]));
        }
        return floors;
    }

    public static void Write(IReadOnlyDictionary<string, Scores> scores)
    {
        var lines = new List<string>
        {
            "# Per-article floors of the regression corpus: the scores the rule-based extractor reached.",
            "# A change that drops an article below its floor fails CorpusScoreTests. Raise them, never lower them.",
            "# article\tentity_f1\tclaim_f1\tspeaker_accuracy\trelation_f1",
        };
        lines.AddRange(scores.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p =>
            string.Join('\t', p.Key, Format(p.Value.EntityF1), Format(p.Value.ClaimF1), Format(p.Value.SpeakerAccuracy), Format(p.Value.RelationF1))));
        File.WriteAllLines(SourcePath, lines);
    }

    private static double Parse(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    private static string Format(double d) => d.ToString("0.000", CultureInfo.InvariantCulture);
}
