using GeoGraph.Core.Model;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

/// <summary>The relation vocabulary: ALLIED_WITH, SEEKS_ALLIANCE_WITH, … PRESENT_IN, CONTROLS.</summary>
public sealed class RelationTypeGraphType : EnumerationGraphType<RelationType>
{
    public RelationTypeGraphType() => Name = "RelationType";
}
