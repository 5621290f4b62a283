using GeoGraph.Core.Storage;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

public sealed class StatsGraphType : ObjectGraphType<GraphStats>
{
    public StatsGraphType()
    {
        Name = "Stats";
        Field<NonNullGraphType<IntGraphType>>("articles").Resolve(c => c.Source.Articles);
        Field<NonNullGraphType<IntGraphType>>("claims").Resolve(c => c.Source.Claims);
        Field<NonNullGraphType<IntGraphType>>("entities").Resolve(c => c.Source.Entities);
        Field<NonNullGraphType<IntGraphType>>("relations").Resolve(c => c.Source.Relations);
    }
}
