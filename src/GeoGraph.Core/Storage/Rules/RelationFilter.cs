using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage.Rules;

/// <summary>
/// Which relations a list or traversal sees, and over which window their aggregates are taken. Every store
/// turns a <see cref="RelationQuery"/>, <see cref="NetworkQuery"/> or <see cref="PathQuery"/> into one of these
/// and builds its statement from it, so the queries mean the same whatever engine answers them.
/// </summary>
/// <param name="Types">Only relations of these types; null for every type.</param>
/// <param name="Since">Only evidence reported at or after this time.</param>
/// <param name="Until">Only evidence reported at or before this time.</param>
/// <param name="MinClaims">Only relations with at least this many claims (in the window).</param>
/// <param name="IncludeHedged">False leaves out relations whose every claim (in the window) is hedged.</param>
/// <param name="HedgedOnly">Only relations whose every claim (in the window) is hedged.</param>
public sealed record RelationFilter(
    IReadOnlyList<RelationType>? Types,
    DateTimeOffset? Since,
    DateTimeOffset? Until,
    int MinClaims,
    bool IncludeHedged,
    bool HedgedOnly)
{
    /// <summary>True when aggregates must be recomputed over a time window instead of read as stored.</summary>
    public bool Windowed => Since is not null || Until is not null;

    /// <summary>The relations a neighbourhood grows over.</summary>
    public static RelationFilter Of(NetworkQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new(query.Types, query.Since, query.Until, query.MinClaims, query.IncludeHedged, HedgedOnly: false);
    }

    /// <summary>The relations a path may walk.</summary>
    public static RelationFilter Of(PathQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new(query.Types, query.Since, query.Until, query.MinClaims, query.IncludeHedged, HedgedOnly: false);
    }

    /// <summary>The relations a relation query lists. Its type and types both apply: a type outside the types matches nothing.</summary>
    public static RelationFilter Of(RelationQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var types = query.Types;
        if (query.Type is { } type)
            types = types is null ? [type] : [.. types.Where(t => t == type)];
        return new(types, query.Since, query.Until, query.MinClaims, query.IncludeHedged, query.HedgedOnly);
    }
}
