using GeoGraph.Core.Storage;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

public sealed class PathGraphType : ObjectGraphType<RelationPath>
{
    public PathGraphType()
    {
        Name = "Path";
        Description = "A chain of relations from one entity to another; nodes are in the order travelled.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("nodes").Resolve(c => c.Loaders().Entities.LoadMany(c.Source.Nodes));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("steps").Description("The relations between consecutive nodes (in either direction).").Resolve(c => c.Source.Steps);
        Field<NonNullGraphType<IntGraphType>>("length").Resolve(c => c.Source.Steps.Count);
    }
}
