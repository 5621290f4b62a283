using GeoGraph.Core.Tests.Extraction.Support;

namespace GeoGraph.Core.Tests.Extraction;

/// <summary>
/// Extracts every article of the regression corpus (tests/corpus/articles, tuned on) and of the development sets
/// (tests/corpus/holdout to holdout8, read for error analysis) and the invented shape banks (bank-relations,
/// bank-speakers), scores it with tests/tools/score-extraction against its hand annotation, and holds each article and each
/// folder's mean to its floor. The blind folders (holdout9, bank-mixed) are never read here. Print the table: dotnet test tests/GeoGraph.Core.Tests --filter CorpusScoreTests --logger "console;verbosity=detailed"
/// </summary>
public sealed class CorpusScoreTests
{
    private const double Tolerance = 0.0005;

    private static readonly string[] Folders = ["articles", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "bank-relations", "bank-speakers"];

    public static TheoryData<string> Sets() => new(Folders);

    public static TheoryData<string, string> Articles() =>
        new(Folders.SelectMany(set => ArticleNames(set).Select(article => (set, article))));

    private static IEnumerable<string> ArticleNames(string set) =>
        Directory.GetFiles(RepositoryPaths.Corpus(set), "*.gold.json").Order(StringComparer.Ordinal)
            .Select(gold => Path.GetFileName(gold)[..^".gold.json".Length]);

    [Theory]
    [MemberData(nameof(Articles))]
    public async Task ArticleScoresAtLeastItsFloor(string set, string article)
    {
        var scores = await ScoreAsync(set, article, TestContext.Current.CancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine($"{article,-45} {scores}");

        var floor = CorpusFloors.Read(set).GetValueOrDefault(article, new Scores(0, 0, 0, 0));

        Assert.True(scores.EntityF1 + Tolerance >= floor.EntityF1, $"entity F1 {scores.EntityF1} < floor {floor.EntityF1}");
        Assert.True(scores.ClaimF1 + Tolerance >= floor.ClaimF1, $"claim F1 {scores.ClaimF1} < floor {floor.ClaimF1}");
        Assert.True(scores.SpeakerAccuracy + Tolerance >= floor.SpeakerAccuracy, $"speaker accuracy {scores.SpeakerAccuracy} < floor {floor.SpeakerAccuracy}");
        Assert.True(scores.RelationF1 + Tolerance >= floor.RelationF1, $"relation F1 {scores.RelationF1} < floor {floor.RelationF1}");
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public async Task MeanOverTheFolderIsAtLeastTheMeanOfItsFloors(string set)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var all = new Dictionary<string, Scores>(StringComparer.Ordinal);
        foreach (var article in ArticleNames(set))
            all[article] = await ScoreAsync(set, article, cancellationToken);
        var mean = Mean(all.Values);
        TestContext.Current.TestOutputHelper?.WriteLine($"{"mean over " + all.Count + " " + set,-45} {mean}");
        if (CorpusFloors.Writing)
            CorpusFloors.Write(set, all);

        var floors = CorpusFloors.Read(set);
        var floorMean = Mean(all.Keys.Select(a => floors.GetValueOrDefault(a, new Scores(0, 0, 0, 0))));

        Assert.True(all.Count >= 1, $"tests/corpus/{set} is empty");
        Assert.True(mean.EntityF1 + Tolerance >= floorMean.EntityF1, $"mean {mean} below floors {floorMean}");
        Assert.True(mean.ClaimF1 + Tolerance >= floorMean.ClaimF1, $"mean {mean} below floors {floorMean}");
        Assert.True(mean.SpeakerAccuracy + Tolerance >= floorMean.SpeakerAccuracy, $"mean {mean} below floors {floorMean}");
        Assert.True(mean.RelationF1 + Tolerance >= floorMean.RelationF1, $"mean {mean} below floors {floorMean}");
    }

    private static async Task<Scores> ScoreAsync(string set, string article, CancellationToken cancellationToken)
    {
        var text = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Corpus(set), article + ".txt"), cancellationToken);
        var graph = Extractors.Extract(text);
        return await Scorer.ScoreAsync(Path.Combine(RepositoryPaths.Corpus(set), article + ".gold.json"), graph, cancellationToken);
    }

    private static Scores Mean(IEnumerable<Scores> scores)
    {
        var list = scores.ToList();
        return list.Count == 0
            ? new Scores(0, 0, 0, 0)
            : new Scores(list.Average(s => s.EntityF1), list.Average(s => s.ClaimF1), list.Average(s => s.SpeakerAccuracy), list.Average(s => s.RelationF1));
    }
}
