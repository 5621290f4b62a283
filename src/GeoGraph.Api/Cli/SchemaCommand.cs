using System.CommandLine;
using GeoGraph.Api.GraphQL;

namespace GeoGraph.Api.Cli;

/// <summary><c>geograph schema</c>: prints the GraphQL schema as SDL.</summary>
internal static class SchemaCommand
{
    public static Command Create(TextWriter output)
    {
        var command = new Command("schema", "Print the GraphQL schema (SDL).");
        command.SetAction(_ =>
        {
            using var host = CliHost.Build([]);
            output.Write(SchemaText.Print(host.Services.GetRequiredService<GeoGraphSchema>()));
            return 0;
        });
        return command;
    }
}
