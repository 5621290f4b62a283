using System.CommandLine;
using GeoGraph.Api.Hosting;
using GeoGraph.Api.Importing;
using GeoGraph.Core.Importing;

namespace GeoGraph.Api.Cli;

/// <summary><c>geograph import PATH…</c>: stores articles from files and folders, one transaction each.</summary>
internal static class ImportCommand
{
    public static Command Create(string[] hostArgs, TextWriter output)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files (.txt, .json) or folders of them.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("import", "Import articles into the configured store and print what happened to each.") { paths };
        command.SetAction((result, cancellationToken) =>
            RunAsync(result.GetRequiredValue(paths), hostArgs, output, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, string[] hostArgs, TextWriter output, CancellationToken cancellationToken)
    {
        using var host = CliHost.Build(hostArgs);
        await host.Services.PrepareStoreAsync(seed: false, cancellationToken).ConfigureAwait(false);
        var importer = host.Services.GetRequiredService<ArticleImporter>();
        var tally = new ImportTally();
        foreach (var file in ArticleFileReader.Read(paths))
        {
            var line = file.Input is null
                ? tally.RecordUnreadable(file.Source, file.Error)
                : tally.Record(file.Source, await importer.ImportAsync(file.Input, cancellationToken).ConfigureAwait(false));
            await output.WriteLineAsync(line).ConfigureAwait(false);
        }
        await output.WriteLineAsync(tally.Summary()).ConfigureAwait(false);
        return tally.Failed == 0 ? 0 : 1;
    }
}
