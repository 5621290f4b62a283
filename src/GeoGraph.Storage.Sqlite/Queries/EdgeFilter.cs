using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;

namespace GeoGraph.Storage.Sqlite.Queries;

/// <summary>Which relations a list or traversal sees, and over which window their aggregates are taken.</summary>
internal sealed record EdgeFilter(
    IReadOnlyList<RelationType>? Types,
    DateTimeOffset? Since,
    DateTimeOffset? Until,
    int MinClaims,
    bool IncludeHedged,
    bool HedgedOnly)
{
    public static EdgeFilter Of(NetworkQuery query) =>
        new(query.Types, query.Since, query.Until, query.MinClaims, query.IncludeHedged, HedgedOnly: false);

    public static EdgeFilter Of(PathQuery query) =>
        new(query.Types, query.Since, query.Until, query.MinClaims, query.IncludeHedged, HedgedOnly: false);

    public static EdgeFilter Of(RelationQuery query)
    {
        IReadOnlyList<RelationType>? types = query.Types;
        if (query.Type is { } type)
            types = types is null ? [type] : types.Where(t => t == type).ToList();
        return new(types, query.Since, query.Until, query.MinClaims, query.IncludeHedged, query.HedgedOnly);
    }

    /// <summary>True when aggregates must be recomputed over a time window instead of read from the relations table.</summary>
    public bool Windowed => Since is not null || Until is not null;
}
