namespace GeoGraph.Bolt.Connections;

/// <summary>Builds the auth map of LOGON (HELLO before 5.1): bearer, basic or none.</summary>
internal static class AuthTokens
{
    public static IReadOnlyDictionary<string, object?> From(BoltDriverOptions options)
    {
        if (!string.IsNullOrEmpty(options.BearerToken))
        {
            return new Dictionary<string, object?> { ["scheme"] = "bearer", ["credentials"] = options.BearerToken };
        }

        if (!string.IsNullOrEmpty(options.User))
        {
            return new Dictionary<string, object?> { ["scheme"] = "basic", ["principal"] = options.User, ["credentials"] = options.Password ?? string.Empty };
        }

        return new Dictionary<string, object?> { ["scheme"] = "none" };
    }
}
