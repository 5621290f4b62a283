using GeoGraph.Api.Cli;

// The command line is the CLI's own output: results go to standard output, logs to standard error.
return await CliApp.RunAsync(args, Console.Out, Console.Error);
