using Serilog;
using Serilog.Events;

namespace GeoGraph.Api.Hosting;

/// <summary>Serilog for the service and the CLI: structured, levels from configuration, console sink.</summary>
public static class SerilogSetup
{
    /// <summary>Logs go to standard error when the CLI's standard output carries results (extract, schema, import).</summary>
    public static IServiceCollection AddGeoGraphLogging(this IServiceCollection services, bool toStandardError) =>
        services.AddSerilog((provider, logger) => logger
            .ReadFrom.Configuration(provider.GetRequiredService<IConfiguration>())
            .ReadFrom.Services(provider)
            .Enrich.FromLogContext()
            .WriteTo.Console(
                outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}",
                standardErrorFromLevel: toStandardError ? LogEventLevel.Verbose : null,
                formatProvider: System.Globalization.CultureInfo.InvariantCulture));
}
