namespace GeoGraph.Dashboard.Tests.Support;

/// <summary>The dashboard's filters, and the edge test it applies in the page (the same rules as js/filters.js).</summary>
public sealed record ViewFilter(
    IReadOnlyList<string>? Types = null,
    string? Since = null,
    string? Until = null,
    int MinClaims = 1,
    bool IncludeHedged = true,
    IReadOnlySet<string>? SpeakerKeys = null)
{
    public bool Keeps(SubgraphEdge edge)
    {
        if (Types is not null && !Types.Contains(edge.Type))
            return false;
        if (Since is not null && string.CompareOrdinal(edge.LastReported[..10], Since) < 0)
            return false;
        if (Until is not null && string.CompareOrdinal(edge.FirstReported[..10], Until) > 0)
            return false;
        var claims = IncludeHedged ? edge.ClaimCount : edge.ClaimCount - edge.HedgedCount;
        return claims >= Math.Max(1, MinClaims) && (SpeakerKeys is null || SpeakerKeys.Contains(edge.Key));
    }

    /// <summary>The network query's filter arguments, for a server that takes them.</summary>
    public object Arguments() => new
    {
        types = Types,
        since = Since is null ? null : Since + "T00:00:00Z",
        until = Until is null ? null : Until + "T23:59:59Z",
        minClaims = MinClaims,
        includeHedged = IncludeHedged,
    };
}
