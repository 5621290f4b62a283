using GeoGraph.Core.Storage;
using GraphQL.Types;

namespace GeoGraph.Api.GraphQL.Types;

public sealed class TimelineCountGraphType : ObjectGraphType<TimelineCount>
{
    public TimelineCountGraphType()
    {
        Name = "TimelineCount";
        Field<NonNullGraphType<RelationTypeGraphType>>("type").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<IntGraphType>>("claims").Resolve(c => c.Source.Claims);
    }
}
