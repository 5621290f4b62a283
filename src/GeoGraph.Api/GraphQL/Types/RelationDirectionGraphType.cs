using GeoGraph.Core.Storage;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

/// <summary>Which end of a relation an entity is at.</summary>
public sealed class RelationDirectionGraphType : EnumerationGraphType<RelationDirection>
{
    public RelationDirectionGraphType()
    {
        Name = "RelationDirection";
        Description = "Which end of a relation an entity is at.";
    }
}
