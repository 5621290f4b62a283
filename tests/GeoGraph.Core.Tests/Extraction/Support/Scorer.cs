using System.Text.Json;
using GeoGraph.Core.Extraction;
using GeoGraph.Core.Model;

namespace GeoGraph.Core.Tests.Extraction.Support;

/// <summary>Runs tests/tools/score-extraction on an extraction and reads the four headline figures.</summary>
internal static class Scorer
{
    public static async Task<Scores> ScoreAsync(string goldPath, ArticleGraph graph, CancellationToken cancellationToken)
    {
        var predicted = Path.Combine(Path.GetTempPath(), $"geograph-pred-{Guid.NewGuid():N}.json");
        try
        {
            await using (var stream = File.Create(predicted))
                ExtractionJson.Write(graph, stream);
            var run = await PythonTool.RunAsync(RepositoryPaths.Scorer, [goldPath, predicted, "--json"], cancellationToken);
            if (run.ExitCode != 0)
                throw new InvalidOperationException($"score-extraction failed ({run.ExitCode}): {run.Error}");
            using var json = JsonDocument.Parse(run.Output);
            var root = json.RootElement;
            var claims = root.GetProperty("claims");
            return new Scores(
                root.GetProperty("entities_overall").GetProperty("f1").GetDouble(),
                claims.GetProperty("f1").GetDouble(),
                claims.GetProperty("speaker_accuracy").GetDouble(),
                claims.GetProperty("relations").GetProperty("f1").GetDouble());
        }
        finally
        {
            File.Delete(predicted);
        }
    }
}
