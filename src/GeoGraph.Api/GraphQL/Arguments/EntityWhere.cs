using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;

namespace GeoGraph.Api.GraphQL.Arguments;

/// <summary>Which entities to list, as a client sends it.</summary>
public sealed class EntityWhere
{
    public EntityKind? Kind { get; set; }

    public string? Search { get; set; }

    public string? Country { get; set; }

    public string? Organisation { get; set; }

    public int? MinClaims { get; set; }

    public EntityQuery ToQuery(EntitySort sort) => new(Kind, Search, Country, Organisation, MinClaims, sort);
}
