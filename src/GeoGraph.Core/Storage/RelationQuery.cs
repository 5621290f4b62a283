using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage;

/// <summary>
/// Which relations to list; every given field must match. With <see cref="Since"/> or <see cref="Until"/>,
/// each relation is re-aggregated over its evidence reported in that window (counts, hedged count, first and
/// last reported), and relations with no evidence in the window are left out.
/// </summary>
/// <param name="Type">Only relations of this type.</param>
/// <param name="Entity">An entity (name, alias or id) at either end of the relation; unknown matches nothing.</param>
/// <param name="Types">Only relations of one of these types.</param>
/// <param name="From">The entity (name, alias or id) at the subject end; unknown matches nothing.</param>
/// <param name="To">The entity (name, alias or id) at the object end; unknown matches nothing.</param>
/// <param name="MinClaims">Only relations with at least this many claims (in the window).</param>
/// <param name="IncludeHedged">False leaves out relations whose every claim (in the window) is hedged.</param>
/// <param name="HedgedOnly">Only relations whose every claim (in the window) is hedged.</param>
public sealed record RelationQuery(
    RelationType? Type = null,
    string? Entity = null,
    IReadOnlyList<RelationType>? Types = null,
    string? From = null,
    string? To = null,
    int MinClaims = 1,
    DateTimeOffset? Since = null,
    DateTimeOffset? Until = null,
    bool IncludeHedged = true,
    bool HedgedOnly = false,
    RelationSort Sort = RelationSort.ClaimCount)
{
    /// <summary>Throws <see cref="InvalidQueryException"/> when a bound or combination is out of range.</summary>
    public RelationQuery Validated()
    {
        QueryChecks.TimeWindow(Since, Until);
        QueryChecks.MinClaims(MinClaims, 1);
        QueryChecks.Types(Types);
        QueryChecks.Hedging(IncludeHedged, HedgedOnly);
        return this;
    }
}
