using GeoGraph.Core.Storage;
using GeoGraph.Core.Storage.Rules;

namespace GeoGraph.Storage.Neo4j.Parameters;

/// <summary>
/// A <see cref="RelationFilter"/> as the parameters <c>Read/ListRelations</c> and <c>Read/GetPaths</c> share:
/// which relations they see, and over which window their aggregates are taken.
/// </summary>
internal static class RelationParameters
{
    /// <summary>The parameters every relation statement reads: types, window, support and hedging.</summary>
    public static Dictionary<string, object?> Parameters(this RelationFilter filter) => CypherParameters.Of(
        ("types", CypherParameters.Types(filter.Types)),
        ("since", StoredValues.Time(filter.Since)),
        ("until", StoredValues.Time(filter.Until)),
        ("minClaims", filter.MinClaims),
        ("includeHedged", filter.IncludeHedged));

    /// <summary>
    /// The parameters of <c>Read/ListRelations</c>: per owner (null for all relations) at the
    /// <paramref name="direction"/> end, narrowed to named ends (resolved ids) and to <paramref name="peers"/>.
    /// </summary>
    public static Dictionary<string, object?> ListParameters(
        this RelationFilter filter, IReadOnlyList<string?> owners, RelationDirection direction, (string? Entity, string? From, string? To) ends,
        IReadOnlyCollection<string>? peers, RelationSort sort, int skip, int limit)
    {
        var parameters = filter.Parameters();
        parameters["hedgedOnly"] = filter.HedgedOnly;
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
