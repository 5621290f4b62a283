using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;

namespace GeoGraph.Storage.Neo4j.Parameters;

/// <summary>
/// Which relations a list or traversal sees, and over which window their aggregates are taken: the
/// parameters <c>Read/ListRelations</c> and <c>Read/GetPaths</c> share.
/// </summary>
internal sealed record RelationFilter(
    IReadOnlyList<RelationType>? Types,
    DateTimeOffset? Since,
    DateTimeOffset? Until,
    int MinClaims,
    bool IncludeHedged,
    bool HedgedOnly)
{
    public static RelationFilter Of(NetworkQuery query) =>
        new(query.Types, query.Since, query.Until, query.MinClaims, query.IncludeHedged, HedgedOnly: false);

    public static RelationFilter Of(PathQuery query) =>
        new(query.Types, query.Since, query.Until, query.MinClaims, query.IncludeHedged, HedgedOnly: false);

    /// <summary>A query's type and types both apply: a type outside the types matches nothing.</summary>
    public static RelationFilter Of(RelationQuery query)
    {
        IReadOnlyList<RelationType>? types = query.Types;
        if (query.Type is { } type)
            types = types is null ? [type] : [.. types.Where(t => t == type)];
        return new(types, query.Since, query.Until, query.MinClaims, query.IncludeHedged, query.HedgedOnly);
    }

    /// <summary>The parameters every relation statement reads: types, window, support and hedging.</summary>
    public Dictionary<string, object?> Parameters() => CypherParameters.Of(
        ("types", CypherParameters.Types(Types)),
        ("since", StoredValues.Time(Since)),
        ("until", StoredValues.Time(Until)),
        ("minClaims", MinClaims),
        ("includeHedged", IncludeHedged));

    /// <summary>
    /// The parameters of <c>Read/ListRelations</c>: per owner (null for all relations) at the
    /// <paramref name="direction"/> end, narrowed to named ends (resolved ids) and to <paramref name="peers"/>.
    /// </summary>
    public Dictionary<string, object?> ListParameters(
        IReadOnlyList<string?> owners, RelationDirection direction, (string? Entity, string? From, string? To) ends,
        IReadOnlyCollection<string>? peers, RelationSort sort, int skip, int limit)
    {
        var parameters = Parameters();
        parameters["hedgedOnly"] = HedgedOnly;
        parameters["owners"] = owners.Cast<object?>().ToList();
        parameters["direction"] = direction.ToString();
        parameters["entity"] = ends.Entity;
        parameters["from"] = ends.From;
        parameters["to"] = ends.To;
        parameters["peers"] = peers is null ? null : CypherParameters.Ids(peers);
        parameters["sort"] = sort.ToString();
        parameters["skip"] = skip;
        parameters["limit"] = limit;
        return parameters;
    }
}
