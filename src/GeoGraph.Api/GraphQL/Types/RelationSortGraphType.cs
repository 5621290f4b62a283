using GeoGraph.Core.Storage;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

/// <summary>How relations are ordered.</summary>
public sealed class RelationSortGraphType : EnumerationGraphType<RelationSort>
{
    public RelationSortGraphType()
    {
        Name = "RelationSort";
        Description = "How relations are ordered.";
    }
}
