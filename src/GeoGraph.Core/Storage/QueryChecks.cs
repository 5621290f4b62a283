namespace GeoGraph.Core.Storage;

/// <summary>The range checks query records share, each failing with a stable <see cref="InvalidQueryException"/> code.</summary>
internal static class QueryChecks
{
    public static void TimeWindow(DateTimeOffset? since, DateTimeOffset? until)
    {
        if (since is { } s && until is { } u && s > u)
            throw new InvalidQueryException("TIME_WINDOW", $"since ({s:O}) is after until ({u:O}).");
    }

    public static void MinClaims(int? minClaims, int lowest)
    {
        if (minClaims is { } m && m < lowest)
            throw new InvalidQueryException("MIN_CLAIMS", $"minClaims must be at least {lowest}; got {m}.");
    }

    public static void Types(IReadOnlyList<Model.RelationType>? types)
    {
        if (types is { Count: 0 })
            throw new InvalidQueryException("TYPES", "types, when given, must name at least one relation type.");
    }

    public static void Hedging(bool includeHedged, bool hedgedOnly)
    {
        if (!includeHedged && hedgedOnly)
            throw new InvalidQueryException("HEDGE_FILTER", "hedgedOnly cannot be combined with includeHedged: false.");
    }
}
