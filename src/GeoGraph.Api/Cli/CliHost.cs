using GeoGraph.Api.Hosting;

namespace GeoGraph.Api.Cli;

/// <summary>A host without a web server, for the verbs that run once and exit; logs go to standard error.</summary>
internal static class CliHost
{
    public static IHost Build(string[] hostArgs)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = hostArgs,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Services.AddGeoGraphLogging(toStandardError: true);
        builder.Services.AddGeoGraph(builder.Configuration);
        return builder.Build();
    }
}
