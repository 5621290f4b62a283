using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;

namespace GeoGraph.Storage.Neo4j.Parameters;

/// <summary>The parameters of <c>Read/ListClaims</c> for one <see cref="ClaimQuery"/>: null where the query sets nothing.</summary>
internal static class ClaimFilter
{
    public static Dictionary<string, object?> Of(ClaimQuery query, IReadOnlyList<string?> owners, EntityClaimRole? role, PageRequest page)
    {
        var parameters = CypherParameters.Of(
            ("owners", owners.Cast<object?>().ToList()),
            ("role", role?.ToString()),
            ("speakerKey", StoredValues.NameKey(query.Speaker)),
            ("aboutKey", StoredValues.NameKey(query.About)),
            ("placeKey", StoredValues.NameKey(query.Place)),
            ("article", query.Article?.Value),
            ("form", query.Form?.ToString()),
            ("hedged", query.Hedged),
            ("negated", query.Negated),
            ("words", query.Text is null ? null : SearchText.Terms(query.Text).Cast<object?>().ToList()),
            ("since", StoredValues.Time(query.Since)),
            ("until", StoredValues.Time(query.Until)),
            ("speakerId", query.SpeakerId?.Value),
            ("aboutId", query.AboutId?.Value),
            ("reportedByKey", StoredValues.NameKey(query.ReportedBy)),
            ("relationType", query.RelationType?.Name()),
            ("outletKey", string.IsNullOrWhiteSpace(query.Outlet) ? null : StoredValues.OutletKey(query.Outlet.Trim())),
            ("newestFirst", query.Sort != ClaimSort.Oldest),
            ("skip", page.Offset),
            ("limit", page.First));
        parameters["relation"] = query.Relation is { } relation
            ? CypherParameters.Of(("from", relation.From.Value), ("type", relation.Type.Name()), ("to", relation.To.Value))
            : null;
        return parameters;
    }
}
