using System.CommandLine;
using GeoGraph.Api.Importing;
using GeoGraph.Core.Extraction;
using GeoGraph.Core.Importing;

namespace GeoGraph.Api.Cli;

/// <summary>
/// <c>geograph extract PATH --format json</c>: prints what extraction finds, in the layout of the hand
/// annotations (<c>*.gold.json</c>), without storing anything.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var path = new Argument<string>("path") { Description = "An article file (.txt or .json)." };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json");
        var command = new Command("extract", "Print the extraction of one article as JSON, without storing it.") { path, format };
        command.SetAction(result => Run(result.GetRequiredValue(path), output, error));
        return command;
    }

    private static int Run(string path, TextWriter output, TextWriter error)
    {
        var file = ArticleFileReader.Read([path]).ToList();
        if (file is not [{ Input: { } input }])
        {
            error.WriteLine(file.Count == 1 ? $"{path}: {file[0].Error}" : $"{path}: give one article file.");
            return 2;
        }
        var extractor = new RuleBasedExtractor(Gazetteer.Load(Gazetteer.DefaultDirectory));
        try
        {
            var graph = extractor.Extract(input, DateTimeOffset.UtcNow);
            using var stdout = new MemoryStream();
            ExtractionJson.Write(graph, stdout);
            output.WriteLine(System.Text.Encoding.UTF8.GetString(stdout.ToArray()));
            return 0;
        }
        catch (ArticleRejectedException rejected)
        {
            error.WriteLine($"{path}: {rejected.Code}: {rejected.Message}");
            return 1;
        }
        // A fault of the extractor's own: said plainly, with what a bug report needs, and no stack dump.
        catch (Exception fault) when (fault is not OutOfMemoryException)
        {
            error.WriteLine($"{path}: {ArticleImporter.ExtractionFailed}: the extractor failed ({fault.GetType().Name}: {fault.Message}). Please report it with the article.");
            return 3;
        }
    }
}
