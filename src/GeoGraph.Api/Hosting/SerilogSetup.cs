using Serilog;
using Serilog.Configuration;
using Serilog.Events;

namespace GeoGraph.Api.Hosting;

/// <summary>Serilog for the service and the CLI: structured, levels from configuration, console sink.</summary>
public static class SerilogSetup
{
    private const string OutputTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    /// <summary>
    /// Logs go to standard error when the CLI's standard output carries results (extract, import, schema).
    /// The service writes from a background thread: formatting and writing a request's log line on the
    /// request's own thread cost the entity lookup about a third more CPU and twice its median latency under
    /// load (the load benchmark, GitHub issue 5). Past 10,000 waiting events, lines are dropped rather than
    /// requests slowed.
    /// </summary>
    public static IServiceCollection AddGeoGraphLogging(this IServiceCollection services, bool toStandardError) =>
        services.AddSerilog((provider, logger) =>
        {
            logger
                .ReadFrom.Configuration(provider.GetRequiredService<IConfiguration>())
                .ReadFrom.Services(provider)
                .Enrich.FromLogContext();
            if (toStandardError)
                ToConsole(logger.WriteTo, LogEventLevel.Verbose);
            else
                logger.WriteTo.Async(sink => ToConsole(sink, null), bufferSize: 10_000, blockWhenFull: false);
        });

    private static LoggerConfiguration ToConsole(LoggerSinkConfiguration sink, LogEventLevel? standardErrorFromLevel) =>
        sink.Console(
            outputTemplate: OutputTemplate,
            standardErrorFromLevel: standardErrorFromLevel,
            formatProvider: System.Globalization.CultureInfo.InvariantCulture);
}
