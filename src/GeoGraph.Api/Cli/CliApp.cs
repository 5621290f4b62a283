using System.CommandLine;

namespace GeoGraph.Api.Cli;

/// <summary>
/// The <c>geograph</c> command line: serve (default), import, extract, schema. Settings
/// (<c>--urls</c>, <c>--Storage:Sqlite:Path=…</c>) go to the host's configuration whatever the verb.
/// </summary>
public static class CliApp
{
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var (commandArgs, hostArgs) = HostArguments.Split(args);
        var root = new RootCommand("GeoGraph: news articles turned into a knowledge graph of actors, places and reported claims, served over GraphQL.")
        {
            ServeCommand.Create(hostArgs),
            ImportCommand.Create(hostArgs, output),
            ExtractCommand.Create(output, error),
            SchemaCommand.Create(output),
            ExportCommand.Create(hostArgs, output, error),
        };
        root.SetAction((_, cancellationToken) => ServeCommand.RunAsync(hostArgs, cancellationToken));
        return root.Parse(commandArgs).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }
}
