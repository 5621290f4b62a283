using System.CommandLine;

namespace GeoGraph.Api.Cli;

/// <summary>
/// The <c>geograph</c> command line: serve (default), import, extract, schema. Options the verbs do not
/// know (<c>--urls</c>, <c>--Storage:Sqlite:Path=…</c>) are passed on to the host's configuration.
/// </summary>
public static class CliApp
{
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("GeoGraph: news articles turned into a knowledge graph of actors, places and reported claims, served over GraphQL.")
        {
            ServeCommand.Create(),
            ImportCommand.Create(output),
            ExtractCommand.Create(output, error),
            SchemaCommand.Create(output),
        };
        root.TreatUnmatchedTokensAsErrors = false;
        root.SetAction((result, cancellationToken) => ServeCommand.RunAsync([.. result.UnmatchedTokens], cancellationToken));
        return root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }
}
