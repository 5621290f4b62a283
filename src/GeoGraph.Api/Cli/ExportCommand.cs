using System.CommandLine;
using GeoGraph.Api.Export;
using GeoGraph.Api.Hosting;
using GeoGraph.Core.Storage;

namespace GeoGraph.Api.Cli;

/// <summary><c>geograph export --format graphml|jsonl [--centre NAME --depth N]</c>: the whole graph or one neighbourhood.</summary>
internal static class ExportCommand
{
    public static Command Create(string[] hostArgs, TextWriter output, TextWriter error)
    {
        var format = new Option<string>("--format") { Description = "graphml or jsonl.", Required = true };
        format.AcceptOnlyFromAmong("graphml", "jsonl");
        var centre = new Option<string?>("--centre") { Description = "Export this entity's neighbourhood instead of the whole graph." };
        var depth = new Option<int>("--depth") { Description = "Relation hops around the centre (1 to 3).", DefaultValueFactory = _ => 1 };
        var command = new Command("export", "Write the graph (or a neighbourhood) to standard output.") { format, centre, depth };
        command.SetAction((result, cancellationToken) => RunAsync(
            result.GetRequiredValue(format), result.GetValue(centre), result.GetValue(depth), hostArgs, output, error, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string format, string? centre, int depth, string[] hostArgs, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        using var host = CliHost.Build(hostArgs);
        await host.Services.PrepareStoreAsync(seed: false, cancellationToken).ConfigureAwait(false);
        var store = host.Services.GetRequiredService<IGraphStore>();
        GraphSnapshot snapshot;
        try
        {
            snapshot = centre is null
                ? await GraphSnapshot.WholeAsync(store, cancellationToken).ConfigureAwait(false)
                : await GraphSnapshot.NetworkAsync(store, centre, depth, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidQueryException invalid)
        {
            await error.WriteLineAsync($"{invalid.Code}: {invalid.Message}").ConfigureAwait(false);
            return 2;
        }
        if (format == "graphml")
            GraphMlExport.Write(snapshot, output);
        else
            await JsonLinesExport.WriteAsync(snapshot, output, cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return 0;
    }
}
