using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage;

/// <summary>Which entities to list and in what order; every given field must match.</summary>
/// <param name="Kind">Only entities of this kind.</param>
/// <param name="Search">Matches any part of the name or an alias, ignoring case and diacritics.</param>
/// <param name="Country">
/// A country (name, alias or id). Matches the entities tied to it: its provinces, organisations of that
/// country, officials of those organisations, and any entity with a relation <c>PRESENT_IN</c> or
/// <c>CONTROLS</c> to the country or one of its provinces. Not the country itself. An unknown name matches nothing.
/// </param>
/// <param name="Organisation">
/// An organisation (name, alias or id). Matches its officials and the organisations directly part of it.
/// An unknown name matches nothing.
/// </param>
/// <param name="MinClaims">Only entities mentioned by at least this many live claims (<see cref="EntityClaimRole.Mentioned"/>).</param>
public sealed record EntityQuery(
    EntityKind? Kind = null,
    string? Search = null,
    string? Country = null,
    string? Organisation = null,
    int? MinClaims = null,
    EntitySort Sort = EntitySort.Name)
{
    /// <summary>Throws <see cref="InvalidQueryException"/> when a bound is out of range.</summary>
    public EntityQuery Validated()
    {
        QueryChecks.MinClaims(MinClaims, 0);
        return this;
    }
}
