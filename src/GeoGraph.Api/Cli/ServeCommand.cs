using System.CommandLine;
using GeoGraph.Api.Hosting;

namespace GeoGraph.Api.Cli;

/// <summary><c>geograph serve</c>: the web service, seeded from the sample articles when the store is empty.</summary>
internal static class ServeCommand
{
    public static Command Create(string[] hostArgs)
    {
        var command = new Command("serve", "Serve GraphQL (/graphql), GraphiQL (/graphiql) and health (/healthz). The default verb.");
        command.SetAction((_, cancellationToken) => RunAsync(hostArgs, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(string[] hostArgs, CancellationToken cancellationToken)
    {
        await using var app = WebApp.Create(hostArgs);
        await app.Services.PrepareStoreAsync(seed: true, cancellationToken).ConfigureAwait(false);
        await app.RunAsync().ConfigureAwait(false);
        return 0;
    }
}
