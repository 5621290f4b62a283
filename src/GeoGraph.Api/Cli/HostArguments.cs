namespace GeoGraph.Api.Cli;

/// <summary>
/// Separates configuration overrides (<c>--Storage:Sqlite:Path=x</c>, <c>--urls http://…</c>) from a verb's
/// own arguments, so a path argument never swallows a setting and every verb honours the same settings.
/// </summary>
internal static class HostArguments
{
    private static readonly HashSet<string> HostSwitches = new(StringComparer.OrdinalIgnoreCase) { "--urls", "--environment" };

    public static (string[] Command, string[] Host) Split(string[] args)
    {
        var command = new List<string>();
        var host = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var token = args[i];
            var name = token.Split('=', 2)[0];
            var isSetting = token.StartsWith("--", StringComparison.Ordinal) && (name.Contains(':', StringComparison.Ordinal) || HostSwitches.Contains(name));
            if (!isSetting)
            {
                command.Add(token);
                continue;
            }
            host.Add(token);
            if (!token.Contains('=', StringComparison.Ordinal) && i + 1 < args.Length)
                host.Add(args[++i]);
        }
        return ([.. command], [.. host]);
    }
}
