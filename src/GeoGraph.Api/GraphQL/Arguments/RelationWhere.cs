using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;

namespace GeoGraph.Api.GraphQL.Arguments;

/// <summary>Which relations to list or traverse, as a client sends it.</summary>
public sealed class RelationWhere
{
    public List<RelationType>? Types { get; set; }

    public string? From { get; set; }

    public string? To { get; set; }

    public int? MinClaims { get; set; }

    public DateTimeOffset? Since { get; set; }

    public DateTimeOffset? Until { get; set; }

    public bool? IncludeHedged { get; set; }

    public bool? HedgedOnly { get; set; }

    public RelationQuery ToQuery(RelationType? type = null, string? entity = null, RelationSort sort = RelationSort.ClaimCount) => new(
        type,
        entity,
        Types,
        From,
        To,
        MinClaims ?? 1,
        Since,
        Until,
        IncludeHedged ?? true,
        HedgedOnly ?? false,
        sort);
}
